# stubs: calendar.pyi
evs = await list_events(today)
located = [e for e in evs if e["location"]]
for e in located:
    print(e["location"].upper())
for e in filter(lambda e: e["location"] is not None, evs):
    print(e["location"].upper())
first = next((e for e in evs if e["location"]), None)
if first:
    print(first["location"].upper())
