lst = [1, 2, 3]
for stmt in ["lst[1:2] = 5", "lst[::2] = 5", "lst[1:2] = None"]:
    try:
        exec_target = stmt
        if stmt == "lst[1:2] = 5":
            lst[1:2] = 5
        elif stmt == "lst[::2] = 5":
            lst[::2] = 5
        else:
            lst[1:2] = None
    except TypeError as e:
        print(stmt, "->", e)
for base, exp in [(0, -1), (0.0, -1), (0, -2.5)]:
    try:
        print(base ** exp)
    except ZeroDivisionError as e:
        print(base, exp, "->", e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print(e)
try:
    divmod(1, 0.0)
except ZeroDivisionError as e:
    print(e)
try:
    1.5 % 0
except ZeroDivisionError as e:
    print(e)
try:
    min([])
except ValueError as e:
    print(e)
try:
    max(())
except ValueError as e:
    print(e)
try:
    {}[[]] = 1
except TypeError as e:
    print(e)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print(e)
