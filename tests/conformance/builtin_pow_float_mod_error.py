print(pow(3, 4, 5))
try:
    print(pow(3.0, 4, 5))
except Exception as e:
    print(type(e).__name__ + ":", e)
