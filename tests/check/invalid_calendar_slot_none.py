# stubs: calendar.pyi
slot = find_free_slot(30, "09:00", "17:00")
ev = await create_event("Sync", slot, slot)  # error: arg-type
