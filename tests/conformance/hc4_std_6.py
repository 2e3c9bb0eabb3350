import re
text = "2024-01-15, 2023-12-31 and 1999-07-04"
dates = re.findall(r"(\d{4})-(\d{2})-(\d{2})", text)
print(dates)
print(re.sub(r"(\d{4})-(\d{2})-(\d{2})", r"\3/\2/\1", text))
print([m.group(0) for m in re.finditer(r"\b\d{4}\b", text)])
pat = re.compile(r"^(?P<key>\w+)\s*=\s*(?P<val>.*)$", re.MULTILINE)
cfg = "name = moat\nversion= 1\n# comment\nmode =fast"
print({m["key"]: m["val"] for m in pat.finditer(cfg)})
print(re.split(r"\s+", "  a b   c "), re.split(r"(,)", "a,b"), re.match(r"a", "ba"), bool(re.search(r"a", "ba")))
print(re.escape("1+1=2?"), re.fullmatch(r"[a-z]+", "abc1"), re.sub(r"a", "b", "aaa", count=2), re.subn(r"\d", "#", "a1b22"))
print(re.findall(r"(?i)hello", "Hello HELLO hello"), re.compile(r"x", re.I).pattern, int(re.I | re.M))
