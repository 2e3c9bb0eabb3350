# stubs: calendar.pyi
events = await list_events(today)
rows = []
for ev in events:
    accepted = [a for a in ev["attendees"] if a["accepted"]]
    rate = len(accepted) / len(ev["attendees"]) if ev["attendees"] else 0.0
    rows.append((ev["start"], ev["title"], f"{rate:.0%}", ev["location"] or "-"))
rows.sort()
for start, title, rate, where in rows:
    print(f"{start} {title:<30} {rate:>5} {where}")
