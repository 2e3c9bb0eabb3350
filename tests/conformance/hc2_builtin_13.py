# type conversions between containers
print(tuple([1, 2]), list((1, 2)), set("aba") == {"a", "b"}, dict([(1, 2)]), str([1]), list({1: "a"}.values()))
print(bool([]), bool([0]), int("7") + float("0.5"), str(0.1), repr("q"), float(True), int(False))
print(list(map(float, ["1", "2.5", "-3e2", "inf"])), [bool(x) for x in ["", "0", 0, 0.0, None, [], {}, ()]])
print(complex(2), complex("1-1j"), complex(1.5, 0) == 1.5)
float([1])
