# stubs: crm.pyi
n = len(await list_deals())
print(n + " deals")  # error: operator-type
