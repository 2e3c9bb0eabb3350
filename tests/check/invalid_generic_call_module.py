# stubs: files.pyi
import math
print(math(2))  # error: not-callable
