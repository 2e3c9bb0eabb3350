# stubs: warehouse.pyi
info = describe_tabel("orders")  # error: undefined-name
print(info)
