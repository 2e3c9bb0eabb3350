# stubs: travel.pyi
ok = cancel_booking("B1", "weather")  # error: call-arg-count
print(ok)
