# stubs: calendar.pyi
for ev in await list_events(today):
    if not ev["attendees"]:
        continue
    first = ev["attendees"][0]
    print(first["name"])
