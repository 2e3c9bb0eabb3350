def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
try:
    ping(0)
except RecursionError as e:
    print("caught:", e)
print("still alive")
def safe(n):
    return n if n < 50 else safe(n - 1) + 0
print(safe(40))
