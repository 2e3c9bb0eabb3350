# integer overflow into floats
print(2.0 ** 1023 * 2 == float("inf") if False else "skip")
try:
    print(2.0 ** 1024)
except OverflowError as e:
    print("OverflowError (errno text is the platform's)", type(e.args[0]).__name__)
try:
    import math
    print(math_exp := math.exp(1000))
except OverflowError as e:
    print("OverflowError:", e)
print(1e308 * 10, -1e308 * 10)
print(10 ** 308 * 10.0 if False else 1e308 + 1e308)
int(float("inf"))
