# stubs: calendar.pyi
events = await list_events(today)
for ev in events:
    await cancel_event(ev["id"], why="conflict")  # error: unknown-keyword
