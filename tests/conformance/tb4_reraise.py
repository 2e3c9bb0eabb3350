# the chain grows as the exception unwinds and as it is raised again, as in CPython
import traceback


def lines(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out


def source():
    raise ValueError("bad")


def relay():
    try:
        source()
    except ValueError:
        raise


def rethrow():
    try:
        source()
    except ValueError as e:
        raise e


try:
    relay()
except ValueError as e:
    print("bare raise", lines(e))
try:
    rethrow()
except ValueError as e:
    print("raise e", lines(e))
    saved = e
for attempt in range(2):
    try:
        raise saved
    except ValueError as e:
        print("again", attempt, lines(e))
try:
    raise saved.with_traceback(None)
except ValueError as e:
    print("with_traceback(None)", lines(e))
saved.__traceback__ = None
print(saved.__traceback__, lines(saved))
try:
    rethrow()
except ValueError as e:
    first = e.__traceback__
try:
    raise ValueError("other").with_traceback(first)
except ValueError as e:
    print("borrowed", lines(e), e.__traceback__.tb_next is first)
    print(traceback.format_exc(), end="")
try:
    relay()
except ValueError as e:
    kept = e
raise kept
