# stubs: travel.pyi
b = get_booking("B-1")
if b is not None and b["kind"].startswith("fl"):
    print(b["confirmed"].lower())  # error: unknown-attribute
