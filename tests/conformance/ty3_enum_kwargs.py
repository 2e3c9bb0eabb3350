# an enum body binding a member name twice; str.format(**d) with keys that are not str
from enum import Enum, IntEnum


def attempt(make):
    try:
        print(make())
    except Exception as e:
        print(type(e).__name__ + ':', str(e).split(' at 0x')[0])


def dup():
    class Dup(Enum):
        X = 1
        X = 2
    return Dup


def dup_str():
    class Color(Enum):
        RED = 'r'
        GREEN = 'g'
        RED = 'x'
    return Color


def dup_int():
    class N(IntEnum):
        A = 1
        A = 1
    return N


def redefine_method():
    class M(Enum):
        A = 1

        def f(self):
            return 1

        def f(self):
            return 2

        _private = 1
        _private = 2
    return M.A.f(), list(M)


def member_over_method():
    class M(Enum):
        def f(self):
            return 1
        f = 3
    return list(M)


class Plain:
    X = 1
    X = 2


attempt(dup)
attempt(dup_str)
attempt(dup_int)
attempt(redefine_method)
attempt(member_over_method)
print(Plain.X)
kwargs = {1: 'one', 'name': 'n'}
print('{name}'.format(**kwargs), '{}-{a}'.format('x', **{2: 3, 'a': 4}))


def f(**kw):
    return kw


attempt(lambda: f(**{1: 2}))
attempt(lambda: dict(**{1: 2}))
attempt(lambda: '{0}'.format(**{None: 1}))
'{x}'.format(**{(1, 2): 0, 'x': 'ok'})
