# stubs: calendar.pyi
events = await list_events(today)
for ev in events:
    loc = ev["location"]
    if loc is None:
        continue
    print(loc.title())
