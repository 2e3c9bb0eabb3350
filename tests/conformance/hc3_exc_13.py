def retry(fn, attempts):
    last = None
    for i in range(attempts):
        try:
            return fn(i)
        except Exception as e:
            print(f"attempt {i} failed: {e!r}")
            last = e
    raise RuntimeError(f"gave up after {attempts}") from last
def flaky(i):
    if i < 2:
        raise ConnectionError(f"try {i}")
    return "ok"
print(retry(flaky, 3))
retry(flaky, 2)
