# stubs: crm.pyi
deal = await get_deal("D-5")
if deal is not None:
    print(deal["name"])
print(deal["stage"])  # error: possibly-none
