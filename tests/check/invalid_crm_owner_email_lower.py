# stubs: crm.pyi
deals = await list_deals("open")
owners = sorted({d["owner_email"].lower() for d in deals})  # error: possibly-none
print(owners)
