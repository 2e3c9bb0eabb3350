# stubs: calendar.pyi
tz = timezone and timezone.upper()
name = (timezone or "utc").title()
print(tz, name)
