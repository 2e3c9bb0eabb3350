# contextlib.suppress
from contextlib import suppress

d = {"a": 1}
with suppress(KeyError):
    del d["b"]
with suppress(KeyError, TypeError):
    d["a"] + "x"
with suppress(Exception):
    raise ValueError
total = 0
for v in ["1", "x", "3"]:
    with suppress(ValueError):
        total += int(v)
assert total == 4
print(d, total)
with suppress(KeyError):
    int("y")
