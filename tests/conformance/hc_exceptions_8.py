try:
    raise Exception
except Exception as e:
    print(repr(e), str(e) == "")
try:
    raise ValueError
except ValueError as e:
    print(repr(e))
e = None
try:
    1 / 0
except ZeroDivisionError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)
