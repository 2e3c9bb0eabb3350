# stubs: calendar.pyi
events = await list_events(today)
for ev in events:
    print(ev["title"], ev["location"].upper())  # error: possibly-none
