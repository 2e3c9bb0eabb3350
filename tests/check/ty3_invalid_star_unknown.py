# stubs: weather.pyi
from math import *

print(sqrt(2.0), floor(1.5))
print(not_in_math(3))  # error: undefined-name
print(_private_name)  # error: undefined-name
