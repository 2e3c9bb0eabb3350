import re
bad = ["(", "(a", "a)", "ab)c", "*", "a**", "+a", "a{2}{3}", "?", "^*", "[a", "[z-a]", r"[\d-z]",
       r"\q", r"a\k", "(?P<1a>x)", "(?P<a>x)(?P<a>y)", "(?P=b)", r"\2(a)", r"(a\1)", "(?<=a+)b",
       "(?z)", "a(?i)b", "x{3,2}", r"\x4", r"\u12", "(?P", "(?<x)", "(?#abc", r"a\\" + "\\",
       "(?P<a", "a\n(", "ab\ncd)", "(?(2)a|b)", "(?P<n>a)(?(m)x)", "[\\"]
for p in bad:
    try:
        re.compile(p)
        print(repr(p), "compiled")
    except re.error as e:
        print(repr(p), type(e).__name__, e)
print(re.error is re.PatternError, issubclass(re.error, Exception))
for args in [("x", 5), (5, "x"), ("a", b"a")]:
    try:
        re.search(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    re.compile(re.compile("a"), re.I)
except ValueError as e:
    print("ValueError", e)
m = re.match(r"(a)(?P<n>b)", "ab")
for g in [3, "zz", -1]:
    try:
        m.group(g)
    except IndexError as e:
        print("IndexError", e)
for repl in [r"\3", r"\g<zz>", r"\q", r"\g<1", r"\g<>"]:
    try:
        re.sub(r"(a)", repl, "a")
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
try:
    re.sub("a", lambda m: 5, "a")
except TypeError as e:
    print("TypeError", e)
print(re.sub(r"a", r"\n\t\\\.", "a"))
print(re.sub(r"(a)", r"[\1\0]", "a"))
try:
    re.compile("ab\n(cd")
except re.error as e:
    print(e.msg, repr(e.pattern), e.pos, e.lineno, e.colno)
try:
    re.compile("a{3,1}")
except re.error as e:
    print(e.msg, repr(e.pattern), e.pos, e.lineno, e.colno, e.args)
try:
    re.sub("a", r"\9", "a")
except re.error as e:
    print(e.msg, repr(e.pattern), e.pos, e.lineno, e.colno, e.args)
e = re.error("custom")
print(e.msg, e.pattern, e.pos, repr(e), str(e), isinstance(e, Exception))
