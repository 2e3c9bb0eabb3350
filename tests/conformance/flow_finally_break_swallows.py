count = 0
for attempt in range(3):
    try:
        count += 1
        raise RuntimeError("ignored because of break")
    finally:
        break
print(count, attempt)
for attempt in range(3):
    try:
        raise RuntimeError("escapes on third")
    except RuntimeError:
        if attempt < 2:
            continue
        raise
