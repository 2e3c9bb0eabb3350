import re
m = re.fullmatch(r"(\w+)=(\d+)", "key=12")
print(m.groups(), m[2], m.start(2))
print(re.sub(r"\d", lambda mo: str(int(mo.group()) * 2), "a1b2c3"))
m.group(3)
