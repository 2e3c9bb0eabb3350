attempts = []
def flaky():
    attempts.append(len(attempts))
    raise ConnectionError("unreachable")
def retry(n):
    for i in range(n):
        try:
            return flaky()
        except ConnectionError:
            if i == n - 1:
                raise
            print("retrying", i)
retry(3)
