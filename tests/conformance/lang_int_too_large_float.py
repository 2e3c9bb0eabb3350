big = 10 ** 400
print(len(str(big)))
print(big // 10 ** 399)
try:
    print(big / 3)
except Exception as e:
    print(type(e).__name__ + ":", e)
