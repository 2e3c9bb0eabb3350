eg = ExceptionGroup("noted", [ValueError(1), TypeError(2)])
eg.add_note("a note")
try:
    try:
        raise eg
    except* ValueError:
        raise
except ExceptionGroup as g:
    print(repr(g), g is eg, getattr(g, "__notes__", None))
    for x in g.exceptions:
        print(" ", repr(x), getattr(x, "__notes__", None))
def many():
    try:
        raise ExceptionGroup("m", [ValueError(i) for i in range(4)] + [OSError("o")])
    except* ValueError as e:
        print(len(e.exceptions))
        raise TypeError("t1")
    except* OSError:
        raise TypeError("t2")
many()
