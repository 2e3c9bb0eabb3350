# error message for calling non-callables and bad operand types
values = [1, "a", None, [1], {"k": 1}, 1.5]
for v in values:
    try:
        v + 1
    except TypeError as e:
        print(e)
for v in values:
    try:
        -v
    except TypeError as e:
        print(e)
None()
