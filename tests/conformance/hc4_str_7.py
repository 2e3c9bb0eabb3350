print("a{}b".format(1), "{:>3}".format("x"), "{0:.2f}".format(3.14159), "{!r}".format("s"))
print("{:,}".format(10**9), "{:08.3f}".format(-3.5), "{:+.1e}".format(12345.678))
print("{a}-{b}".format(**{"a": 1, "b": 2}), "{0[1]}".format([5, 6]), "{x[k]}".format(x={"k": "v"}))
print("%d%%" % 50, "%x %o %e" % (255, 8, 1.5), "%5.1f|%-5d|%05d" % (3.14159, 42, 42))
print("%c%c" % (72, "i"), "%s" % [1, 2], "%s %s" % ("a", "b"))
"%d" % "x"
