# stubs: calendar.pyi
slot = find_free_slot(30, after="09:00", before="17:00")
if slot is None:
    print("no free slot")
else:
    ev = await create_event("Sync", slot, slot, attendees=[user_email()])
    print("created", ev["id"])
