values = [1, 2, 3]
print([v * 2 for v in values])
try:
    print([v * scale for v in values])
except Exception as e:
    print(type(e).__name__ + ":", e)
