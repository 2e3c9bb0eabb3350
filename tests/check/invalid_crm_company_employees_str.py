# stubs: crm.pyi
for c in list_companies():
    size = "large" if c["employees"] > "1000" else "small"  # error: operator-type
