print(int(), int(3.9), int(-3.9), int("42"), int(" -7 "), int("1_000"), int(True))
print(int("zz", 36), int("0x1f", 16), int("0o17", 0), int("11", base=2))
print(float(), float("3.5"), float(" -1e3 "), float(2), float("nan"), float("-Infinity"))
print(str(), str(12), str(1.0), str(None), str(True), str([1]))
print(bool(), bool(0), bool(0.0), bool("a"), bool([]), bool(None))
print(list("ab"), tuple([1, 2]), dict(a=1), set(), list(range(3)))
try:
    int("3.5")
except Exception as e:
    print(type(e).__name__ + ":", e)
