# stubs: crm.pyi
deal = await get_deal("D-3")
if deal and "owner_email" in deal:
    print("has owner key")
print("x" in "xyz", 3 in [1, 2, 3], "k" in {"k": 1})
