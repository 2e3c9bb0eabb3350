# stubs: calendar.pyi
events = await list_events(today)
for ev in events:
    where = ev["location"] or "online"
    names = [a["name"] for a in ev["attendees"] if a["accepted"]]
    print(f"{ev['start']}-{ev['end']} {ev['title']} @ {where} with {', '.join(names)}")
