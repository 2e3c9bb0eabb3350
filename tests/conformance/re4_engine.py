import re
cases = [
    (r"(?<!a)b", "ab b"), (r"(?<=ab|cd)x", "cdx"),
    (r"(?=(\w+))\w", "abc"), (r"(?!(a))\w", "ab"), (r"(?=(a)(b))ab(c)?", "abc"),
    (r"((?=a)|b)+c", "bc"), (r"(?:(?=(\d))\d)+", "123"), (r"(?>(a)|ab)c", "abc"),
    (r"(?i)(a)\1", "aA"), (r"(a)|\1", "x"), (r"(a)?(?(1)b|c)d", "cd abd"),
    (r"(?P<q>['\"]).*?(?P=q)", "say 'hi' \"x\""), (r"(\w+?)\1", "abab"),
    (r"(a|b)*?c", "abac"), (r"(a*?)(a*)", "aaa"), (r"(a{2,3})+", "aaaaaaa"),
    (r"(?:a{2}){2,}?", "aaaaaa"), (r"x{0}y", "xy"), (r"(?:x?){3}y", "xy"),
    (r"(?:)*a", "a"), (r"(a?)*?b", "ab"), (r"(?:a|b|)+$", "abab"),
    (r"[\u00e0-\u00ff]+", "xàéy"), (r"[^\n]+", "ab\ncd"), (r"\S+@\S+", "mail: a@b.c!"),
    (r"\d+(?=%)", "50% of 20"), (r"^(?:(?!ab).)*$", "xxaxb"), (r"(\d+)(?:px|em)\b", "12px 3emx"),
    (r"(?s:.)+", "a\nb"), (r"(?m:^b)", "a\nb"), (r"a(?x: b c )d", "abcd"),
    (r"[-a]+", "-a-"), (r"[a-]+", "a-a"), (r"[\]]+", "]]"), (r"[\\]", "\\"), (r"[.*+]+", "a.*+"),
    (r"\0\01\x00", "\x00\x01\x00"), (r"[\x41-\x43]+", "ABCD"), (r"\w+", "日本語 text"),
    (r"(\d)(\d)(\d)(\d)(\d)(\d)(\d)(\d)(\d)(\d)\10", "01234567899"),
]
for p, s in cases:
    m = re.search(p, s)
    print(p, m and (m.span(), m.groups(), m.lastindex))
print(re.findall(r"(?<=\b)\w", "ab cd"))
print(re.sub(r"(\w+)", lambda m: [x for x in range(3)] and m.group(1)[::-1], "ab cd ef " * 3))
print(re.sub(r"a", lambda m: None, "banana"))
words = re.findall(r"\w+", "the quick brown fox " * 50)
print(len(words), words[:5])
print(re.split(r"(?=[A-Z])", "HelloWorldFoo"))
print(re.findall(r"(?:^|(?<=,))[^,]*", "a,,b"))
