print(list(iter((1, 2))))
try:
    print(iter(3.5))
except Exception as e:
    print(type(e).__name__ + ":", e)
