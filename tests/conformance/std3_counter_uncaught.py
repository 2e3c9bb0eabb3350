# an uncaught error from a Counter method
from collections import Counter

c = Counter("aab")
print(c.most_common(1))
c.update(5)
