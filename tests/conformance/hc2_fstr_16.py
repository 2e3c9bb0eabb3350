# format() of ints with precision-like specs and grouping of hex
print(format(1234, "_x"), format(0xDEADBEEF, "_X"), format(10, "#o"), format(5, "#b"))
print(format(1234, ">+10,"), format(-1234, "<10,") + "|", format(1234, "^10_") + "|")
print(format(10 ** 18, ","), format(-(2 ** 70), "_"))
print(format(3, "c"), format(0x263A, "c"), format(42, "n"))
format(-1, "c")
