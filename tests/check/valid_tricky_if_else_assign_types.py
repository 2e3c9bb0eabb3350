# stubs: crm.pyi
deal = await get_deal("D-1")
if deal is None:
    amount = 0
else:
    amount = deal["amount"]
print(amount * 2, round(amount))
