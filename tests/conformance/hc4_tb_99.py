import re
pattern = re.compile(r"(\d+)-(\d+)")
m = pattern.match("12-34")
print(m.group(1), m.group(2))
m2 = pattern.match("ab-cd")
print(m2.group(1))
