import re
print(re.I, repr(re.M | re.S), re.compile("a", re.I).flags & re.I)
re.IGNORECASE
