value = 42
print(value)
try:
    a, b = value
except Exception as e:
    print(type(e).__name__ + ":", e)
