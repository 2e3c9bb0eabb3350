import re
data = b"GET /index.html 200\nPOST /api 404\n\xe9t\xe9 500"
print(re.findall(rb"(\w+) (\S+) (\d+)", data))
print(re.findall(rb"\w+", b"caf\xe9 na\xefve"), re.findall(rb"(?i)CAF\xc9", b"caf\xe9 CAF\xc9"))
m = re.search(rb"(?P<code>\d{3})$", data, re.M)
print(m, m.group(), m["code"], m.groupdict(), m.span(), m.string[:3], m.re)
print(re.sub(rb"\d", b"#", data), re.subn(rb"(\w+)", rb"<\1>", b"a b"))
print(re.sub(rb"\d+", lambda m: str(int(m.group()) + 1).encode(), b"a1 b22"))
print(re.split(rb"\s+", b" a  b\tc "), re.split(rb"(,)", b"a,b"), re.escape(b"a.b*c"))
p = re.compile(rb"x+", re.I)
print(p, p.pattern, p.flags, p.groups, p.findall(b"xXx y X"), re.compile(b"a", re.A).flags)
print(re.fullmatch(rb"[\x00-\x7f]+", b"abc"), re.match(rb".", b"\n"), re.match(rb".", b"\n", re.S))
print(re.compile(b"a") == re.compile(b"a"), re.compile(b"a") == re.compile("a"), list(re.finditer(rb"a", b"aa")))
print(re.match(rb"(a)(b)?", b"a").groups(b"-"), re.match(rb"(a)", b"a").expand(rb"[\1]"))
for f in [lambda: re.search(rb"a", "a"), lambda: re.search(r"a", b"a"), lambda: re.sub(rb"a", "x", b"a"),
          lambda: re.sub(rb"a", lambda m: "x", b"a"), lambda: re.compile(rb"a", re.U), lambda: re.compile("a", re.L)]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    re.compile(rb"(a")
except re.error as e:
    print(e, e.pattern, e.pos)
for f in [lambda: re.sub("a", b"x", "a"), lambda: re.sub("a", 5, "a"), lambda: re.sub("b", b"x", "a")]:
    try:
        print(f())
    except TypeError as e:
        print(e)
