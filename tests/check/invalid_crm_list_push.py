# stubs: crm.pyi
names = []
for c in list_companies():
    names.push(c["name"])  # error: unknown-attribute
