print("-".join(["a", "b", "c"]), "".join(("x", "y")), ", ".join([]), "+".join(["solo"]))
print("é".join("abc"), "😀".join(["", ""]), " ".join(str(i) for i in range(4)))
print(":".join({"k1": 1, "k2": 2}), "".join(map(str.upper, ["a", "b"])), "/".join(iter(["p", "q"])))
for bad in (5, None, ["a", 1], ("a", b"b"), [["x"]]):
    try:
        "-".join(bad)
    except TypeError as e:
        print(e)
",".join(["a", "b", 3])
