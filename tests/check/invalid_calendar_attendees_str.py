# stubs: calendar.pyi
ev = await create_event("Review", "14:00", "15:00", attendees="ana@example.com")  # error: arg-type
