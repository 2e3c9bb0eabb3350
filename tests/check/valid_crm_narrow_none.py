# stubs: crm.pyi
deal = await get_deal("D-17")
if deal is None:
    print("no such deal")
else:
    print(deal["name"], deal["amount"])
    owner = deal["owner_email"]
    if owner:
        send_email(owner, "Deal update", f"{deal['name']} is {deal['stage']}")
