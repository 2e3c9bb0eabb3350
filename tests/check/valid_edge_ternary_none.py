# stubs: calendar.pyi
slot = find_free_slot(30, "9", "17")
text = slot.upper() if slot is not None else "none"
text2 = "none" if slot is None else slot.lower()
text3 = slot and slot.strip()
print(text, text2, text3)
