# stubs: tickets.pyi
for t in await search_tickets():
    await update_ticket(t["id"], status="resolved")  # error: arg-type
