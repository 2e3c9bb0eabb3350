# __exit__ gets the traceback, and sys.exc_info() the same object
import contextlib
import sys


class Watch:
    def __enter__(self):
        return self

    def __exit__(self, typ, val, tb):
        self.got = (typ, tb is val.__traceback__ if val else tb)
        self.lines = []
        while tb is not None:
            self.lines.append(tb.tb_lineno)
            tb = tb.tb_next
        return True


def fail():
    raise RuntimeError("inside")


with Watch() as w:
    fail()
print(w.got, w.lines)
with Watch() as w:
    pass
print(w.got, w.lines)


@contextlib.contextmanager
def guard():
    try:
        yield
    except RuntimeError as e:
        print("guard saw", e.__traceback__.tb_lineno, e.__traceback__.tb_next.tb_lineno)
        raise


try:
    with guard():
        fail()
except RuntimeError as e:
    lines = []
    tb = e.__traceback__
    while tb:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print("after guard", lines, sys.exc_info()[2] is e.__traceback__)
