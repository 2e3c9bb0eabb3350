# SyntaxError's fields: msg, filename, lineno, offset, text, end_lineno, end_offset,
# print_file_and_line, unpacked from the (filename, lineno, offset, text[, end_lineno,
# end_offset]) tuple, and its str()
def show(e):
    print(repr(e.msg), repr(e.filename), e.lineno, e.offset, repr(e.text), e.end_lineno,
          e.end_offset, e.print_file_and_line)
    print(repr(str(e)), e.args)

def attempt(f):
    try:
        show(f())
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: SyntaxError("m", ("f.py", 1, 2, "x = (", 1, 3)))
attempt(lambda: SyntaxError("m", ("dir/sub/f.py", 4, 2, "x")))
attempt(lambda: SyntaxError("m", (None, 1, 2, "x = (")))
attempt(lambda: SyntaxError("m", ("f.py", None, 2, "x")))
attempt(lambda: SyntaxError("m", ("f.py", "7", 2, "x")))
attempt(lambda: SyntaxError("m", (5, 7, 2, "x")))
attempt(lambda: SyntaxError("m", ["f.py", 2, 3, "y", 2, 5]))
attempt(lambda: SyntaxError("m", "abcd"))
attempt(lambda: SyntaxError())
attempt(lambda: SyntaxError("only"))
attempt(lambda: SyntaxError(42))
attempt(lambda: SyntaxError("a", "b", "c"))
attempt(lambda: SyntaxError("m", ("f.py", 1, 2)))
attempt(lambda: SyntaxError("m", ("f.py", 1, 2, "x", 1, 2, 3, 4)))
attempt(lambda: SyntaxError("m", ("f.py", 1, 2, "x", 1)))
attempt(lambda: SyntaxError("m", 5))
attempt(lambda: IndentationError("expected an indented block", ("g.py", 3, 5, "  y", 3, 6)))
attempt(lambda: TabError("tabs", ("t.py", 9, 1, "\tz")))

e = SyntaxError("m", ("f.py", 1, 2, "x = (", 1, 3))
e.msg = "changed"
e.lineno = 12
e.filename = "other/g.py"
show(e)
del e.text
print(e.text)
e.print_file_and_line = 1
print(e.print_file_and_line)
e.custom = 5
print(e.custom, sorted(e.__dict__))

try:
    raise SyntaxError("bad thing", ("prog.py", 3, 1, "a b", 3, 4))
except SyntaxError as err:
    print(err.lineno, err.offset, err, err.args)

class MySyntax(SyntaxError):
    pass

m = MySyntax("mine", ("h.py", 2, 1, "q"))
print(m.msg, m.filename, m.lineno, str(m), isinstance(m, SyntaxError))
