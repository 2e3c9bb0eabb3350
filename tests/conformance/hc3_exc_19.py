try:
    pass
finally:
    print("clean")
e = None
try:
    raise KeyError("x")
except KeyError as e:
    saved = e
print(repr(saved))
print(e)
