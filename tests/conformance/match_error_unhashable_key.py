# A mapping key from a value pattern must be hashable
import sys
match {"a": 1}:
    case {"b": 1}:
        pass
print("first case failed")
match {"a": 1}:
    case {sys.argv: 1}:
        pass
