# stubs: warehouse.pyi
info = describe_table("orders")
for col in info["columns"]:  # error: possibly-none
    print(col)
