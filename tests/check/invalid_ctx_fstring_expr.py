# stubs: calendar.pyi
for ev in await list_events(today):
    print(f"{ev['title']} at {ev['strat']}")  # error: unknown-key
