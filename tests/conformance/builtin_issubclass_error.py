print(issubclass(bool, object))
try:
    print(issubclass(True, int))
except Exception as e:
    print(type(e).__name__ + ":", e)
