try:
    raise ValueError("first", 2)
except ValueError as e:
    print(e.args, str(e))
    e.args = ("replaced",)
    print(e.args, str(e), repr(e))
err = KeyError("k")
err.args = ()
print(repr(err), str(err))
note = RuntimeError("base")
note.add_note("extra detail")
print(note.__notes__)
print(repr(TypeError("a", "b")), len(TypeError("a", "b").args))
