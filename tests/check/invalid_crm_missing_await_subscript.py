# stubs: crm.pyi
deal = get_deal("D-1")
print(deal["name"])  # error: missing-await
