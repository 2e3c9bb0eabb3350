# stubs: warehouse.pyi
tables = list_tables(schema_name="analytics")  # error: unknown-keyword
print([t["name"] for t in tables])
