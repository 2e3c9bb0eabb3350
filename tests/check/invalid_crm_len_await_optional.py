# stubs: crm.pyi
print(len(await get_deal("D-2")))  # error: possibly-none
