print("%d items at %.2f each = %8.3f total" % (3, 1.5, 4.5))
print("%s|%5s|%-5s|%.1s" % ("x", "y", "z", "abc"))
print("%x %X %o %#x %#o %e %E %g %G" % (255, 255, 8, 255, 8, 1.5, 1.5, 1e-6, 1e-6))
print("%5.1f%%" % 99.44, "%c" % 65, "%c" % "z", "%3c|" % "q")
print("%s %r %a" % ("é", "é", "é"))
print("%*d|%-*d|%.*f" % (5, 42, 5, 42, 2, 3.14159))
print("%d" % 3.99, "%d" % -3.99, "%i" % True, "%s" % True, "%.3s" % True)
try:
    print("%d %d" % (1,))
except TypeError as e:
    print(e)
try:
    print("%d" % (1, 2))
except TypeError as e:
    print(e)
try:
    print("%z" % 1)
except ValueError as e:
    print(e)
"%(a)s" % {"b": 1}
