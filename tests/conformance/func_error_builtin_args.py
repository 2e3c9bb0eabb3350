print(len("abc"))
print(abs(-2))
try:
    print(len("a", "b"))
except Exception as e:
    print(type(e).__name__ + ":", e)
