print("ab" + "cd", "" + "é", "ab" * 3, 3 * "ab", "é😀" * 2, "x" * 0, "x" * -5, "x" * True)
s = "a"
s += "b"
s *= 2
print(s)
for bad in (lambda: "a" * 1.5, lambda: 1.5 * "a", lambda: "a" * "b", lambda: "a" + 1, lambda: 1 + "a",
            lambda: "a" + None, lambda: "a" + b"a", lambda: "a" - "b", lambda: -"a"):
    try:
        bad()
    except TypeError as e:
        print(e)
"total: " + 5
