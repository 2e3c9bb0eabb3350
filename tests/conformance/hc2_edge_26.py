# string methods: format_map, isdecimal on unicode digits, zfill and partition edge cases
class Default(dict):
    def __missing__(self, k):
        return f"<{k}>"
print("{name} is {age}".format_map(Default(name="ann")))
print("٣".isdecimal(), int("٣٤"), float("١.٥"), "²".isdigit(), "²".isdecimal())
print("-0".zfill(4), "+".zfill(3), "a-b".partition("-"), "".rpartition("x"))
print("ab".ljust(5, "é"), "x".join("abc"), "title case here".title(), "a1b2".upper())
"{0}{1}".format_map({"0": "x"})
