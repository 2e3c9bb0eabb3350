a, *b, c = [1, 2]
print(a, b, c)
try:
    a, *b, c = [1]
except Exception as e:
    print(type(e).__name__ + ":", e)
