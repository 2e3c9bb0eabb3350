value = None
print(getattr(value, "x", 0))
try:
    print(getattr(value, "x"))
except Exception as e:
    print(type(e).__name__ + ":", e)
