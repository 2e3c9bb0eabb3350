# stubs: tickets.pyi
for t in await search_tickets():
    await add_comment(str(t["id"]), "Looking into it")  # error: arg-type
