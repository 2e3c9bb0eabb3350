# stubs: tickets.pyi
tickets = await search_tickets("pending")
for t in tickets:
    if t["priority"] == "urgent":
        add_comment(t["id"], "Escalated")  # error: missing-await
