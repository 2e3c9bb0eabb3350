name, n = "widget", 3
print("%s x %d = %.2f" % (name, n, n * 1.5))
print("%5s|%-5s|%05d|%+.1f|%x|%o|%e" % ("a", "b", 42, 2.25, 255, 8, 12345.678))
print("%(a)s and %(b)r" % {"a": 1, "b": "two"})
print("100%% sure, %c%c" % (72, "i"))
print("%.3s|%10.4f|%-8d|" % ("abcdef", 3.14159265, 7))
print("%r %a" % ("é", "é"))
"%g %g %g" % (0.0001, 1e20, 123.456)
