raw = ["  Alice , 30 ", "bob,25", " CAROL ,  41", "", "dave , x"]
parsed, errors = [], []
for line in raw:
    if not line.strip():
        continue
    name, _, age = line.partition(",")
    try:
        parsed.append((name.strip().title(), int(age)))
    except ValueError as e:
        errors.append((line, str(e)))
print(parsed)
print(errors)
