import re
value = 1
result = re.search(r"a(b(c", "abc")
