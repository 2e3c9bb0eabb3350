items = [1, 2, 3]
print(next(iter(items)))
try:
    print(next(items))
except Exception as e:
    print(type(e).__name__ + ":", e)
