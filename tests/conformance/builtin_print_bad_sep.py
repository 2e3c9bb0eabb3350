print("ok", sep="-")
try:
    print("a", "b", sep=5)
except Exception as e:
    print(type(e).__name__ + ":", e)
