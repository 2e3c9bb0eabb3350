table = str.maketrans("abc", "xyz", "d")
print(table)
print("abcd-abcd".translate(table))
print("hello".translate({ord("l"): "L", ord("o"): None, ord("h"): 0x48}))
print("café".translate({ord("é"): "e"}), "aaa".translate({97: "ä"}), "abc".translate([]))
print(str.maketrans({"a": "1", 98: None, "c": 99}), "abc".translate(str.maketrans({"a": "1", 98: None, "c": 100})))
class Upper:
    def __getitem__(self, cp):
        if cp == ord(" "):
            raise LookupError
        return chr(cp).upper()
print("lower case".translate(Upper()))
for bad in (lambda: "a".translate({97: 1.5}), lambda: "a".translate({97: -1}), lambda: "a".translate(1),
            lambda: str.maketrans(1), lambda: str.maketrans("ab", "c"), lambda: str.maketrans({"ab": 1}),
            lambda: str.maketrans({1.5: "a"}), lambda: str.maketrans("a", "b", 1), lambda: str.maketrans(1, "a")):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
"abc".translate({97: 0x110000})
