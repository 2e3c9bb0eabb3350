# stubs: calendar.pyi
slot = find_free_slot(60, "08:00", "18:00")
assert slot is not None, "calendar is full"
print(slot.split(":")[0])
