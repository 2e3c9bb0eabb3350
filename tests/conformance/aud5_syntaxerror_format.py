# traceback.format_exception_only of SyntaxErrors the script makes: the File line, the text
# stripped, the caret from offset to end_offset (clamped to the text), the filename suffix
# when there is no line
import traceback

def show(e):
    print(traceback.format_exception_only(e))

show(SyntaxError("m", ("f.py", 1, 2, "x = (", 1, 3)))
show(SyntaxError("m", ("f.py", 2, 5, "    if x\n")))
show(SyntaxError("m", ("f.py", 2, 9, "\tif x:\n", 2, 12)))
show(SyntaxError("m", ("f.py", 2, 40, "abc", 2, 50)))
show(SyntaxError("m", ("f.py", 2, 3, "abcdef", 4, 2)))
show(SyntaxError("m", ("f.py", 2, 4, "abcdef", 2, 2)))
show(SyntaxError("m", ("f.py", 2, None, "abcdef")))
show(SyntaxError("m", ("f.py", 2, 0, "abcdef")))
show(SyntaxError("m", ("f.py", None, 3, "abcdef")))
show(SyntaxError("m", (None, 7, 3, "abcdef")))
show(SyntaxError("m", ("", 7, 1, "é = 1", 7, 2)))
show(SyntaxError("", ("f.py", 1, 1, None)))
show(SyntaxError("m"))
show(SyntaxError())
show(IndentationError("unexpected indent", ("g.py", 3, 5, "    y = 2\n", 3, 6)))
e = SyntaxError("m", ("f.py", 1, 2, "x = (", 1, 3))
e.add_note("a note")
show(e)
