import collections.abc
print(collections.abc.Iterable, collections.deque)
import collections.abc as cabc
print(cabc.Sized, cabc is collections.abc)
import collections
print(collections.abc.Mapping is cabc.Mapping)

def local():
    import collections.abc
    return collections.abc.Sequence

print(local())
from collections import abc
print(abc.Iterable is cabc.Iterable)
try:
    import collections.nothere
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    import json.nothere
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    import nothere.sub
except ModuleNotFoundError as e:
    print(e, e.name)
import collections.missing
