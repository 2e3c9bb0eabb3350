# stubs: calendar.pyi
print(timezone.upper())  # error: possibly-none
