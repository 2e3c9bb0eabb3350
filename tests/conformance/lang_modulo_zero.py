n = 17
print(n % 5, n // 5)
try:
    print(divmod(n, 0))
except Exception as e:
    print(type(e).__name__ + ":", e)
