# stubs: crm.pyi
deals = await list_deal("open")  # error: undefined-name
print(len(deals))
