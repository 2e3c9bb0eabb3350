import re
m = re.match(r"(?P<y>\d{4})(?:-(?P<m>\d\d))?", "2024")
print(m.group("y"), m.group("m"), m.groups(), m.groups("00"), m.lastindex)
print(re.findall(r"<.*?>", "<a><b></b>"), re.findall(r"<.*>", "<a><b></b>"))
print(re.search(r"(?<=\$)\d+", "cost $45").group(), re.findall(r"\d+(?=px)", "10px 20em 30px"))
print(re.sub(r"(?i)hello", "bye", "Hello HELLO"), re.findall(r"[^aeiou\s]+", "queue it up"))
m = re.search(r"x", "abc")
print(m)
m.group()
