import re
re.search(r"(?P<n>a)", "a").group("m")
