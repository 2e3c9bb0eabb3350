# stubs: crm.pyi
deals = await list_deals()
for d in deals:
    print(d.name)  # error: unknown-attribute
    send_email(d["owner_email"] or "x@y.z", d["name"])  # error: call-arg-count
