# stubs: crm.pyi
deal = await get_deal("D-1")
if deal is not None:
    for field, value in deal.items():
        print(f"{field}: {value}")
    for key in deal:
        print(key.upper())
pairs = [("a", 1), ("b", 2)]
for name, n in pairs:
    print(name, n + 1)
first, second = pairs[0]
left, *rest = (1, 2, 3)
print(first, second, left, rest)
