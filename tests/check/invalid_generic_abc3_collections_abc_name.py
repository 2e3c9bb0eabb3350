# stubs: crm.pyi
from collections.abc import Iterabel  # error: unknown-attribute
import collections.abcd  # error: unknown-module
print(Iterabel)
