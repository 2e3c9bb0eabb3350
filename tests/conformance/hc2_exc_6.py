# exception variable is deleted after except
try:
    raise ValueError("v")
except ValueError as err:
    msg = str(err)
print(msg)
try:
    print(err)
except NameError as e:
    print(type(e).__name__, e)
e = "kept?"
try:
    1 / 0
except ZeroDivisionError as e:
    pass
e
