import re
print(repr(re.I), str(re.I), int(re.I), isinstance(re.I, int), type(re.I))
print(re.IGNORECASE, re.MULTILINE, re.DOTALL, re.VERBOSE, re.ASCII, re.UNICODE, re.NOFLAG)
print(re.I | re.M, re.M | re.I, re.S | re.X | re.I)
print(repr(re.A | re.I), repr(re.U | re.M))
print(int(re.I | re.M), re.I | re.M == 10, re.I == 2, hash(re.I) == hash(2))
print(re.compile("a", re.I).flags, re.compile("a").flags, type(re.compile("a", re.I).flags))
print(re.compile("a", re.I | re.M), re.compile(b"a", re.I))
print(re.compile("a", 2).flags, re.search("A", "xa", 2), re.findall("^b", "a\nb", 8))
print(re.findall("A.", "a\nb a1", flags=re.I | re.S))
print(re.RegexFlag, re.RegexFlag.IGNORECASE, re.I is re.IGNORECASE, re.I.name, re.I.value)
print(re.I + 1, re.I * 2, re.I & re.M, re.I & 2, 2 | re.M, re.I | 1024)
print(f"{re.I}", f"{re.I:d}", "%d" % re.I, "{}".format(re.M), format(re.S, "03d"))
print([f for f in re.I | re.M], len(re.I | re.M), re.I in (re.I | re.M), bool(re.NOFLAG))
flags = 0
for f in (re.I, re.M):
    flags |= f
print(flags, type(flags).__name__)
print(re.RegexFlag(2), re.RegexFlag(10), re.I.__class__.__name__, re.RegexFlag.__module__)
print(sorted([re.M, re.I, re.S]), max(re.I, re.M), {re.I: "i"}[2])
