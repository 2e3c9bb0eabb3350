# stubs: travel.pyi
refs = ["B1", "B2"]
total = 0.0
for ref in refs:
    b = get_booking(ref)
    total += b["total"]  # error: possibly-none
print(total)
