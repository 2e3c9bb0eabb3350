try:
    "abc".index("z")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc".rindex("z")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "a,b".split("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    ",".join(["a", 1, "b"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc" + 1
except TypeError as e:
    print(type(e).__name__, e)
