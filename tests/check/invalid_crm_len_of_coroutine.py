# stubs: crm.pyi
count = len(list_deals())  # error: missing-await
