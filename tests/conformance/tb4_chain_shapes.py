# where links are added: finally blocks, with blocks, comprehensions, lambdas, properties,
# class bodies, nested handlers
import sys


def lines(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out


def with_finally():
    try:
        return 1 / 0
    finally:
        pass


class Quiet:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def in_with():
    with Quiet():
        [].pop()


class Box:
    @property
    def value(self):
        return self.missing

    def __init__(self, n):
        if n < 0:
            raise ValueError("negative")


cases = [
    with_finally,
    in_with,
    lambda: [int(x) for x in "1a"],
    lambda: {k: v for k, v in [(1, 2), (3,)]},
    lambda: Box(1).value,
    lambda: Box(-1),
    lambda: sorted([3, "a"]),
    lambda: max([], key=lambda v: v),
    lambda: list(map(lambda v: 1 // v, [1, 0])),
]
for case in cases:
    try:
        case()
    except Exception as e:
        print(type(e).__name__, lines(e))

try:
    class Broken:
        size = len(5)
except TypeError as e:
    print("class body", lines(e))


def nested():
    try:
        raise KeyError("outer")
    except KeyError:
        outer = sys.exc_info()[2]
        try:
            raise IndexError("inner")
        except IndexError:
            inner = sys.exc_info()[2]
        print(sys.exc_info()[2] is outer, inner is not outer, inner.tb_lineno, outer.tb_lineno)
        raise RuntimeError("replaced")


try:
    nested()
except RuntimeError as e:
    print(lines(e), lines(e.__context__))


def produce():
    try:
        yield 1
        raise ValueError("in gen")
    except ValueError as e:
        raise LookupError("wrapped") from e


try:
    for _ in produce():
        pass
except LookupError as e:
    print(lines(e), lines(e.__cause__))
