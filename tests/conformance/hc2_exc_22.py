# recursion error
def depth(n):
    return depth(n + 1)
try:
    depth(0)
except RecursionError as e:
    print(type(e).__name__, str(e)[:40])
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(50) % 1000003)
"ok"
