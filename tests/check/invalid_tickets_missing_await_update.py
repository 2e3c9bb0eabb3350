# stubs: tickets.pyi
for t in await search_tickets("new"):
    updated = update_ticket(t["id"], status="open")
    print(updated["status"])  # error: missing-await
