# stubs: calendar.pyi
events = await list_events(today)
print("; ".join(f"{e['title']} at {e['start']}" for e in events))
print(", ".join(sorted({a["email"] for e in events for a in e["attendees"]})))
