# stubs: calendar.pyi
events = await list_events(today)
for ev in events:
    for a in ev["attendees"]:
        print(a["mail"])  # error: unknown-key
