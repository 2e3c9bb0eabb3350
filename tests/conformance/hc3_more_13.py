import re
tokens = re.findall(r"\s*(?:(\d+\.?\d*)|(.))", "3.5 + 4*(2 - 1)")
print(tokens)
print(re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+)*", "Hello World"), re.fullmatch(r"\w+", "a b"))
print(bool(re.match(r"^\s*$", "   ")), re.sub(r"^\s+|\s+$", "", "  trim me  "))
m = re.match(r"(a)(b)?(c)", "ac")
print(m.groups(), m.group(2), m.span(2), m.group(0, 1, 3), m.regs if hasattr(m, "regs") else "")
print(re.sub(r"a|(b)", lambda m: m.group(1) or "-", "abab"), re.escape("1+1=2"))
print(re.findall(r"(?m)^\w+", "one two\nthree four\nfive"), re.findall(r"(?s)a.b", "a\nb"))
