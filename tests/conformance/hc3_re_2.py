import re
pat = re.compile(r"(?P<key>\w+)\s*=\s*(?P<val>[^;]+)")
s = "a = 1; name=bob ; path = /x/y"
for m in pat.finditer(s):
    print(m.group("key"), repr(m.group("val").strip()), m.groupdict())
print([m.span() for m in pat.finditer(s)])
print(pat.sub(lambda m: f"{m['key'].upper()}:{m['val'].strip()}", s))
print(pat.pattern, bool(pat.search("x=")))
