# stubs: tickets.pyi
tickets = await search_tickets("closed")  # error: arg-type
