import re
value = 1
result = re.subn(r"x{2}{3}", "", "x")
