# stubs: calendar.pyi
me = user_email("primary")  # error: call-arg-count
