# stubs: tickets.pyi
for t in await search_tickets():
    who = t.get("asignee") or "nobody"  # error: unknown-key
    print(who)
