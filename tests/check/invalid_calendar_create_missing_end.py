# stubs: calendar.pyi
ev = await create_event("Standup", "09:00")  # error: call-arg-count
