# === exception raised from lambda inside map ===
data = ['10', '20', 'x30']
converted = map(lambda s: int(s), data)
first = next(converted)
assert first == 10, first
list(converted)
