import re
print(re.sub(r"(\d+)", lambda m: str(int(m.group()) * 2), "a1 b22 c333"))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar"))
print(re.sub(r"\s+", " ", "  lots   of\tspace\n here "))
print(re.subn(r"o", "0", "foo boo"))
print(re.findall(r"\b\w", "the quick brown"), re.findall(r"(\w)(\d)", "a1 b2 c"))
print(re.split(r"(\d)", "a1b2c"), re.split(r"\W+", "Words, words, words."), re.split(",", "a,b,c", maxsplit=1))
print(re.escape("a.b*c?"), re.findall(r"colou?r", "color colour colr"))
print(re.search(r"^b", "a\nb", re.MULTILINE).group(), re.findall(r"A", "aAa", re.I), re.match(r"a.b", "a\nb", re.S).group())
