# stubs: calendar.pyi
events = await list_events(today)
emails = {a["email"] for e in events for a in e["attendees"]}
print(sorted(emails), len(emails))
