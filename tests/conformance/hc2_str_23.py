# string multiplication and membership errors
print("ab" * 3, [0] * 3, (1, 2) * 2)
try:
    "a" * 2.0
except TypeError as e:
    print(e)
try:
    print(1 in "abc")
except TypeError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
"abc" - "a"
