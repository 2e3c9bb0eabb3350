import re
value = 1
result = re.match(r"(?P<n>a+", "aa")
