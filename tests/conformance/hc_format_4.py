table = [("Name", "Qty", "Price"), ("Widget", 3, 4.5), ("Gadget", 12, 19.99)]
for row in table:
    print("|".join(f"{c:^10}" if isinstance(c, str) else f"{c:>10}" for c in row))
print("%-10s|%10.3f|" % ("pi", 3.14159))
print("%c%c" % (72, "i"), "%r" % [1, "a"], "%%", "%5.1s|" % "abc")
print("%+d %+d % d" % (3, -3, 3), "%#x %#o" % (255, 8), "%.3d" % 7)
print("%s" % (1,), "%s" % [1, 2], "%s %s" % ((1, 2), 3))
