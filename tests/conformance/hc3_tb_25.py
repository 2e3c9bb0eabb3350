class Retry(Exception):
    pass
def attempt(n):
    if n < 3:
        raise Retry(f"attempt {n}")
    return n
for i in range(5):
    try:
        print("ok", attempt(i))
        break
    except Retry as e:
        print("retrying after", e)
raise Retry("final")
