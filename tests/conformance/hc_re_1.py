import re
text = "Contact: ann@example.com, bob@test.org; phone 555-1234"
print(re.findall(r"[\w.]+@[\w.]+", text))
m = re.search(r"(\d{3})-(\d{4})", text)
print(m.group(0), m.group(1), m.groups(), m.start(), m.span())
print(re.sub(r"\d", "#", "a1b22c333"), re.split(r"[,;]\s*", "a, b;c"))
print(bool(re.match(r"^\w+$", "abc_1")), re.match(r"x", "abc"), re.fullmatch(r"a.c", "abc") is not None)
pat = re.compile(r"(?P<key>\w+)=(?P<val>\w+)")
print([m.groupdict() for m in pat.finditer("a=1 b=two")])
