# __class__ is the value's type for every kind of value
import json
for v in [1, 2.5, True, None, "s", b"b", (1,), [1], {1: 2}, {1}, range(3), ValueError("x"), int, len]:
    print(v.__class__, v.__class__ is type(v))
try:
    json.loads("[1,")
except ValueError as e:
    print(e.__class__, type(e).__module__)
print((1).__clas__)
