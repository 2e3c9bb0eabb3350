# traceback objects: one link per frame the exception passed, outermost first
import sys


def inner():
    return {"a": 1}["b"]


def middle():
    return inner()


try:
    middle()
except KeyError as e:
    tb = e.__traceback__
    print(type(tb).__name__, type(tb).__module__, repr(tb).startswith("<traceback object at 0x"))
    lines = []
    t = tb
    while t is not None:
        lines.append(t.tb_lineno)
        t = t.tb_next
    print(lines)
    print(e.__traceback__ is tb, sys.exc_info()[2] is tb, sys.exc_info()[2].tb_next is tb.tb_next)
    print(isinstance(tb.tb_lasti, int), tb.tb_lasti == tb.tb_lasti, tb == tb, hash(tb) == hash(tb))
    print(hasattr(tb, "tb_next"), {tb: 1}[tb])
    for bad in (5, "x", [tb]):
        try:
            e.__traceback__ = bad
        except TypeError as t:
            print("set:", t)
    try:
        del e.__traceback__
    except TypeError as t:
        print("del:", t)
    for name in ("tb_lineno", "tb_lasti"):
        try:
            setattr(tb, name, 3)
        except AttributeError as t:
            print(name, t)
    try:
        tb.tb_next = 5
    except TypeError as t:
        print("tb_next:", t)
    try:
        tb.tb_next.tb_next = tb
    except ValueError as t:
        print("loop:", t)
    try:
        del tb.tb_next
    except TypeError as t:
        print("del tb_next:", t)
    try:
        tb.extra = 1
    except AttributeError as t:
        print(t)
    try:
        tb.extra
    except AttributeError as t:
        print(t)
    try:
        e.with_traceback(3)
    except TypeError as t:
        print("with_traceback:", t)
    tb.tb_next.tb_next = None
    t = e.__traceback__
    print(t.tb_lineno, t.tb_next.tb_lineno, t.tb_next.tb_next)
    tb.tb_next = None
    print(e.__traceback__.tb_next)
print(sys.exc_info(), ValueError("never raised").__traceback__)
