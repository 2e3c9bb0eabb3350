# stubs: tickets.pyi
for t in await search_tickets():
    if "vip" in t["tags"]:
        await update_ticket(t["id"], priority="critical")  # error: arg-type
