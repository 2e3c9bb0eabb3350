def count():
    return 5
n = count()
print(n)
try:
    print(n[0])
except Exception as e:
    print(type(e).__name__ + ":", e)
