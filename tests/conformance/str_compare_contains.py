print("a" < "b", "a" < "ab", "é" > "z", "\U0001F600" > "\uffff", "abc" <= "abc", "b" >= "a", "A" < "a")
print("a" == "a", "a" != "a", "a" == 1, "1" != 1, sorted(["b", "é", "A", "a", "😀", ""]))
print("ell" in "hello", "" in "", "x" not in "abc", "é" in "café", "😀" in "a😀b")
print(max("abc", "abd"), min(["zz", "z"]), "abc" == "ab" + "c", hash("abc") == hash("ab" + "c"))
for bad in (lambda: 1 in "a", lambda: "a" < 1, lambda: "a" >= None, lambda: ["a"] in "a"):
    try:
        bad()
    except TypeError as e:
        print(e)
"b" > 2
