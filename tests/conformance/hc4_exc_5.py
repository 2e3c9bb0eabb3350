errors = []
for value in ["1", "x", None, "3.5", [1]]:
    try:
        errors.append(int(value))
    except (ValueError, TypeError) as e:
        errors.append(f"{type(e).__name__}: {e}")
for line in errors:
    print(line)
