def fetch(url, *, timeout=10, retries):
    return url, timeout, retries
print(fetch("a", retries=3))
print(fetch("b", retries=0, timeout=1))
def marker(*, a, b=2):
    return a + b
print(marker(a=1), marker(b=5, a=5))
print(fetch.__kwdefaults__)
try:
    fetch("c", 5)
except Exception as e:
    print(type(e).__name__ + ":", e)
