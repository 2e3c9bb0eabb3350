# bytes/str mixing errors
try:
    b"a" + "b"
except TypeError as e:
    print(e)
try:
    "a" + b"b"
except TypeError as e:
    print(e)
try:
    b"abc".split("b")
except TypeError as e:
    print(e)
print(b"a" == "a", "a".encode() == b"a")
b"x"[5]
