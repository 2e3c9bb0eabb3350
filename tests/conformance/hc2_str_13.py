# str.format method
print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"), "{:*^10}".format("mid"))
print("{0[0]} {0[1]} {1[k]}".format([7, 8], {"k": "v"}), "{{literal}}".format())
print("{:,} {:_} {:.2%} {:e}".format(1234567, 1234567, 0.256, 1234.5))
print("{!r} {!s} {!a}".format("x", "y", "é"))
"{} {}".format(1)
