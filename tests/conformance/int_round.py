print(round(5), round(5, None), round(5, 2), round(True), round(True, -1))
for v in (1234, 1250, 1350, -1250, -1350, 15, 25, 5, -5, 99, -99, 2**63 - 1, 10**30 + 5, -(10**30) - 5):
    print(v, round(v, -1), round(v, -2), round(v, -3))
print(round(2**70, -1), round(2**100, -30), round(5, -300), type(round(7, -1)))
print(round(123, 2**70), round(-123, 2**64))
for f in (lambda: round(5, 1.5), lambda: round(5, "1")):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
