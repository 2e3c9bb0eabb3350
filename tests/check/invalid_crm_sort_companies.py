# stubs: crm.pyi
companies = list_companies()
companies.sort(reverse=True)  # error: operator-type
for c in companies[:3]:
    print(c["name"])
