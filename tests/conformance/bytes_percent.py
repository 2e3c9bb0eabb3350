print(b"%s %b" % (b"a", b"b"), b"%r %a" % ("\xe9", b"x"), b"%c%c" % (65, b"B"), b"%%" % ())
print(b"%d %x %5.1f %e" % (1, 255, 2.5, 1.0), b"%(a)s" % {b"a": b"x"}, b"%10s|%-5b|" % (b"ab", b"c"))
print(b"%.1s" % b"abc", b"a" % [], b"%05d|%+.2f" % (-3, 1.005))
for fmt, args in ((b"%s", "a"), (b"%b", 1), (b"%c", 256), (b"%c", b"ab"), (b"%c", "a"), (b"a", 1),
                  (b"a", "x"), (b"%s %s", (b"a",)), (b"%z", 1), (b"%", ()), (b"%(a)s", {"a": b"x"}),
                  (b"%x", 1.5), (b"%s", (1,))):
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
b"%d bytes" % "many"
