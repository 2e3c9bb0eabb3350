try:
    raise ValueError("a", 1, None)
except ValueError as e:
    print(e)
    print(e.args)
    print(str(ValueError()), repr(ValueError()), repr(KeyError("k")), str(KeyError("k")))
e = Exception("x")
e.add_note("note one")
e.add_note("note two")
print(e.__notes__)
raise e
