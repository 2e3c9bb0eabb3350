# stubs: crm.pyi
counts = {"a": 1}
for k, v in counts.iteritems():  # error: unknown-attribute
    print(k, v)
