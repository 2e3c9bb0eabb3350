def nothing():
    return 0
print(nothing())
try:
    nothing(1)
except Exception as e:
    print(type(e).__name__ + ":", e)
