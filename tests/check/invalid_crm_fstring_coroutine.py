# stubs: crm.pyi
print(f"found {get_deal('D-1')}")  # error: missing-await
