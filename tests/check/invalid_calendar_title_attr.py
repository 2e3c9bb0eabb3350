# stubs: calendar.pyi
events = await list_events(today)
titles = [e.title for e in events]  # error: unknown-attribute
