# stubs: calendar.pyi
ev = create_event("1:1", "10:00", "10:30")
print(ev["id"])  # error: missing-await
