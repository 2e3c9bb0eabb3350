print(abs(-5), abs(5), abs(0), abs(-0.0), abs(-2.5))
print(abs(-10 ** 30), abs(True), abs(False))
print(abs(float("-inf")))
try:
    print(abs("-3"))
except Exception as e:
    print(type(e).__name__ + ":", e)
