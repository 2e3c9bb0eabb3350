# stubs: calendar.pyi
for ev in await list_events(today):
    emails = [a.email for a in ev["attendees"]]  # error: unknown-attribute
