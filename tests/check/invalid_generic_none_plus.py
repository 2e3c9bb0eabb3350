# stubs: calendar.pyi
slot = find_free_slot(45, "13:00", "18:00")
print("Free at " + slot)  # error: possibly-none
