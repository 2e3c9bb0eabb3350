errors = []
for value in ["10", "x", None, "0", [1]]:
    try:
        result = 100 / int(value)
    except (ValueError, TypeError) as e:
        errors.append(f"{type(e).__name__}: {e}")
    except ZeroDivisionError as e:
        errors.append(f"zero: {e}")
    else:
        errors.append(f"ok {result}")
for e in errors:
    print(e)
