class RetryError(Exception):
    def __init__(self, attempts, last):
        super().__init__(f"failed after {attempts} attempts")
        self.attempts = attempts
        self.last = last
def retry(fn, n):
    last = None
    for i in range(n):
        try:
            return fn(i)
        except ValueError as e:
            last = e
    raise RetryError(n, last)
print(retry(lambda i: 10 // (i - 0) if i else int("x"), 3))
try:
    retry(lambda i: int("bad"), 2)
except RetryError as e:
    print(e, e.attempts, type(e.last).__name__, e.last)
retry(lambda i: int("bad"), 2)
