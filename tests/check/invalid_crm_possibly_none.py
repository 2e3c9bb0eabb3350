# stubs: crm.pyi
deal = await get_deal("D-42")
print(deal["amount"] * 1.2)  # error: possibly-none
