import re
p = re.compile("(" * 100 + "a" + ")" * 100)
print(p.groups, p.match("a").span(100))
print(re.match("(?:" * 150 + "b" + ")" * 150, "b"))
try:
    re.compile("(" * 5000 + ")" * 5000)
except RecursionError as e:
    print("RecursionError")
print(re.match(r"(?:a{2}){3}b{1,1000}", "aaaaaa" + "b" * 1500).end())
