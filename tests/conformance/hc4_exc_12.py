def f():
    try:
        {}["missing"]
    except KeyError as e:
        err = e
    return err

e = f()
print(repr(e), e.args)
try:
    raise e
except KeyError as again:
    assert again is e
try:
    e
    del e
    e
except NameError as ne:
    print(ne)
