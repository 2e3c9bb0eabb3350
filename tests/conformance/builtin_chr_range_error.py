print(chr(1114111) == "\U0010ffff")
try:
    print(chr(-1))
except Exception as e:
    print(type(e).__name__ + ":", e)
