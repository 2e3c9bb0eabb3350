# stubs: crm.pyi
from os import path  # error: unknown-module
print(path)
