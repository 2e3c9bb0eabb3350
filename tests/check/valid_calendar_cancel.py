# stubs: calendar.pyi
events = await list_events(today, calendar="work")
me = user_email()
for ev in events:
    mine = any(a["email"] == me for a in ev["attendees"])
    if not mine:
        continue
    ok = await cancel_event(ev["id"], reason="out of office")
    print(ev["title"], "cancelled" if ok else "kept")
