# string comparison and ordering
print("a" < "b", "abc" < "abd", "Z" < "a", "" < "a", "abc" < "ab", "é" > "z")
print(sorted(["banana", "Apple", "cherry", "apple"]), sorted(["b", "A", "a"], key=str.lower))
print(max(["aa", "b", "ccc"], key=len), min("hello"), "abc" == "abc", "a" != "A")
print(ord("a"), chr(97), ord("€"), chr(0x1F600) == "😀", [ord(c) for c in "AZaz"])
"a" < 1
