# stubs: warehouse.pyi
for name in ["orders", "customers", "nope"]:
    info = describe_table(name)
    if info is None:
        print(f"{name}: no such table")
        continue
    cols = info["columns"]
    print(f"{info['schema']}.{info['name']}: {len(cols)} columns, first {cols[0] if cols else '-'}")
