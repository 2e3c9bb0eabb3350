import re
text = "2024-03-15: Meeting @ 10:30 with Bob (bob@x.org); 2024-04-01: Review @ 9:05"
for m in re.finditer(r"(?P<date>\d{4}-\d{2}-\d{2}): (?P<what>\w+) @ (?P<h>\d{1,2}):(?P<m>\d{2})", text):
    print(m["date"], m["what"], int(m["h"]) * 60 + int(m["m"]), m.start(), m.end())
print(re.findall(r"\d+", text)[:5], len(re.findall(r"\d", text)))
print(re.sub(r"(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})", r"\g<d>.\g<mo>.\g<y>", text))
print(re.split(r";\s*", text)[1])
print(re.search(r"\(([^)]*)\)", text).group(1), re.match(r"\d{4}", text).group())
pat = re.compile(r"[aeiou]", re.IGNORECASE)
print(pat.findall("Programming In Python"), pat.sub("_", "AEIOUxyz", count=3), pat.flags & re.I != 0)
