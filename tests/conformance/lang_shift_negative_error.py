print(8 >> 1, 8 << 1)
n = -2
try:
    print(1 << n)
except Exception as e:
    print(type(e).__name__ + ":", e)
