# str formatting with % operator
print("%s and %r" % ("a", "b"), "%d%%" % 50, "%5.2f|%-6d|%06.1f" % (3.14159, 42, -2.5))
print("%x %X %o %e %g" % (255, 255, 8, 12345.678, 0.00001234))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "%c%c" % (72, "i"))
print("%+d %+d % d" % (5, -5, 7), "%.3s" % "abcdef", "%*d" % (5, 42))
"%d" % "x"
