def retry(fn, attempts):
    last = None
    for i in range(attempts):
        try:
            return fn(i)
        except ValueError as e:
            last = e
            print("attempt", i, "failed:", e)
    raise RuntimeError(f"gave up after {attempts} attempts") from last

def flaky(i):
    if i < 5:
        raise ValueError(f"try {i}")
    return i

print(retry(flaky, 6))
retry(flaky, 2)
