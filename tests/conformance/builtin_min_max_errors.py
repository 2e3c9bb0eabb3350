try:
    max(1)
except TypeError as e:
    print(e)
try:
    min([1, "a"])
except TypeError as e:
    print(e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print(e)
try:
    min(())
except Exception as e:
    print(type(e).__name__ + ":", e)
