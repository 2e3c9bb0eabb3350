# stubs: search.pyi
import math
print(math.sqr(16))  # error: unknown-attribute
