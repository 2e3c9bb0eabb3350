d = {"user": "ann", "n": 3}
print("{user} has {n} items".format_map(d))
print("%(user)s/%(n)03d" % d)
print("{0}{1}{0}".format("ab", "-"), "{:*^11}".format(" hi "))
class Temp:
    def __format__(self, spec):
        return f"T[{spec}]"
print("{:>5}".format(Temp()), f"{Temp():xyz}", format(Temp(), ""))
print(format(3, ""), format(3.0, ""), format("s", ""), format([1, 2]), format(None))
print(format(12345.6789, "0=12,.2f"), format(-0.0, "f"), format(-0.0, "+.1f"), format(0.0, "+"))
format([1], "x")
