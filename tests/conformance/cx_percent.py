def attempt(f):
    try:
        print(repr(f()))
    except TypeError as e:
        print("TypeError:", e)
attempt(lambda: "%s %r" % (1j, 1 + 2j))
attempt(lambda: "%10s|%-10r|" % (1j, -1j))
attempt(lambda: "%d" % 1j)
attempt(lambda: "%i" % 1j)
attempt(lambda: "%f" % 1j)
attempt(lambda: "%e" % 1j)
attempt(lambda: "%g" % (1 + 0j))
attempt(lambda: "%x" % 1j)
attempt(lambda: "%c" % 1j)
attempt(lambda: "%(z)s" % {"z": 2j})
attempt(lambda: b"%s" % 1j)
"%.2f" % (1 + 1j)
