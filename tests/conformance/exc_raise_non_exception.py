try:
    raise "just a string"
except TypeError as e:
    print(e)
try:
    raise 42
except Exception as e:
    print(type(e).__name__ + ":", e)
