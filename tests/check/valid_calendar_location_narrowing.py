# stubs: calendar.pyi
for ev in await list_events(today):
    if ev["location"]:
        print(ev["location"].upper())
    if ev["location"] is not None:
        print(ev["location"].lower())
    if ev.get("location"):
        print(ev["location"].title())
    if not ev["location"]:
        continue
    print(ev["location"].strip())
for ev in await list_events(today):
    loc = ev["location"] or "online"
    print(loc.upper(), (ev["location"] or "").upper())
    ev["location"] = ev["location"] or "x"
    print(ev["location"].upper())
for ev in await list_events(today):
    if ev["location"] is None:
        ev["location"] = "home"
    print(ev["location"].upper())
for ev in await list_events(today):
    x = ev["location"] and ev["location"].upper()
