# implicit chaining: exception during handling
def f():
    try:
        {}["k"]
    except KeyError:
        return 1 / 0
try:
    f()
except ZeroDivisionError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
f()
