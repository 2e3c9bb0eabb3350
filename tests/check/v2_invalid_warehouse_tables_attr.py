# stubs: warehouse.pyi
tables = list_tables()
names = sorted(t.name for t in tables)  # error: unknown-attribute
print(names)
