# stubs: calendar.pyi
for ev in await list_events(today):
    for person in ev["attendees"]:
        if person["accepted"]:
            send_invite(person["email"])  # error: undefined-name
