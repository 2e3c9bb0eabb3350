def count(n):
    if n == 0:
        return 0
    return 1 + count(n - 1)
print(count(900))
def deep(n):
    return deep(n + 1) if n < 100000 else n
try:
    deep(0)
except RecursionError as e:
    print(type(e).__name__, e)
print("recovered", count(10))
def nested_list(n):
    return [] if n == 0 else [nested_list(n - 1)]
x = nested_list(50)
print(str(x)[:20], len(str(x)))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
gcd(1071, 462), gcd(2 ** 100, 3 ** 60)
