print(sorted([3, 1, 2]))
items = [3, "two", 1]
try:
    print(sorted(items))
except Exception as e:
    print(type(e).__name__ + ":", e)
