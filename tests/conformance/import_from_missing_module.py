# from-import of a module that does not exist
import sys
print(sys.__name__)
print("start")
from not_a_real_package import helper
helper()
