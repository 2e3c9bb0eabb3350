items = [10, 20, 30]
print(items[0], items[-1], items[-3])
idx = len(items)
print(items[idx - 1])
try:
    print(items[idx])
except Exception as e:
    print(type(e).__name__ + ":", e)
