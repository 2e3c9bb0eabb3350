# stubs: crm.pyi
for c in list_companies():
    print(c["name"] + " " + c["tags"])  # error: operator-type
