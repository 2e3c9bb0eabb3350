# stubs: crm.pyi
result = await list_deals("open")
for deal in result["deals"]:  # error: arg-type
    print(deal)
