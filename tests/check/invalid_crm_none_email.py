# stubs: crm.pyi
deals = await list_deals("won")
for d in deals:
    send_email(d["owner_email"], "Congrats", "You won " + d["name"])  # error: arg-type
