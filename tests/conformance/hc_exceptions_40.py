class TransientError(Exception):
    pass
class PermanentError(Exception):
    pass
attempts = {"n": 0}
def call():
    attempts["n"] += 1
    if attempts["n"] < 3:
        raise TransientError(f"try {attempts['n']}")
    if attempts["n"] == 3:
        return "ok"
def with_retry(fn, tries):
    last = None
    for i in range(tries):
        try:
            return fn()
        except TransientError as e:
            last = e
            print("retrying after", e)
        except PermanentError:
            raise
    raise RuntimeError(f"gave up after {tries}") from last
print(with_retry(call, 5))
attempts["n"] = 0
try:
    with_retry(call, 2)
except RuntimeError as e:
    print(e, "| cause:", e.__cause__, "| context:", e.__context__)
