def a():
    b()
def b():
    c()
def c():
    raise LookupError("deep")
try:
    a()
except LookupError as e:
    import traceback
    tb = traceback.extract_tb(e.__traceback__)
    print([f.name for f in tb])
    print(len(tb))
a()
