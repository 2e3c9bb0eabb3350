# stubs: calendar.pyi
tz = timezone if timezone is not None else "UTC"
print(tz.upper())
label = timezone or "UTC"
print(label.lower())
