# stubs: crm.pyi
result = await list_deals("won")
result = len(result)
result = f"{result} won deals"
print(result.upper())
