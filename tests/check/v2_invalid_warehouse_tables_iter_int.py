# stubs: warehouse.pyi
for t in list_tables():
    for i in t["row_count"]:  # error: not-iterable
        print(i)
