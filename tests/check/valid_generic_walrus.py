# stubs: calendar.pyi
if (slot := find_free_slot(15, "10:00", "12:00")) is not None:
    print(slot.upper())
events = [e for e in await list_events(today) if (loc := e["location"]) is not None]
print(len(events))
