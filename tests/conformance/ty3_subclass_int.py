# classes deriving from int, float and str: instances work wherever the base type does
import json
import math


class MyInt(int):
    def double(self):
        return MyInt(self * 2)


mi = MyInt(21)
print(mi, repr(mi), mi + 1, type(mi + 1), mi.double(), type(mi.double()).__name__)
print(mi == 21, hash(mi) == hash(21), {mi: 'x'}[21], {21: 'y'}[mi], [0, 1, 2, 3][MyInt(2)])
print(list(range(MyInt(3))), isinstance(mi, int), issubclass(MyInt, int), int(mi), float(mi))
print(json.dumps(mi), json.dumps({'a': [mi]}), f"{mi:05d}", format(mi, 'x'), '%d' % mi, str(mi))
print(mi.bit_length(), mi.real, mi < 22, 22 > mi, -mi, abs(MyInt(-3)), mi // 2, 2 ** MyInt(3))
print(sorted([MyInt(3), 1, MyInt(2)]), max(MyInt(3), 2), sum([MyInt(1), MyInt(2)]), divmod(MyInt(7), 2))
print(math.sqrt(MyInt(16)), round(MyInt(15), -1), 'ab' * MyInt(2), hex(MyInt(255)), MyInt(), MyInt('ff', 16))
mi.attr = 5
print(mi.attr, mi.__dict__, MyInt.__mro__)


class Hex(int):
    def __repr__(self):
        return f'Hex({int(self):#x})'


print(Hex(255), repr(Hex(255)), [Hex(16)], str(Hex(3)), f"{Hex(3)}", Hex(2) + Hex(3))


class Money(int):
    def __new__(cls, cents):
        return super().__new__(cls, round(cents * 100))

    def __add__(self, other):
        return Money((int(self) + int(other)) / 100)

    def __str__(self):
        return f'${int(self) / 100:.2f}'


m = Money(1.5) + Money(2.25)
print(m, type(m).__name__, Money(1) - 50, Money(1) * 2, Money(1) < Money(2), Money(3) == 300)


class S(str):
    def shout(self):
        return self.upper() + '!'


s = S('hi')
print(s, repr(s), s.shout(), s + 'x', 'x' + s, len(s), s[0], s[::-1], 'h' in s, s == 'hi')
print({s: 1}['hi'], s.split('i'), type(s.upper()).__name__, isinstance(s, str), f"{s:>5}|", json.dumps([s]))
print(str.upper(s), S(), S(12), '-'.join([s, S('yo')]), s * 2, sorted([S('b'), 'a']))


class F(float):
    pass


f = F(2.5)
print(f, f + 1, type(f * 2).__name__, round(f), int(f), F('1.5'), f.is_integer(), f"{f:.2f}")
print(json.dumps(f), float(f), math.floor(F(2.5)), F(), -f, f > 2, hash(F(1.0)) == hash(1))


class Tagged(str):
    def __init__(self, text):
        super().__init__()
        self.tag = 'T'

    def __len__(self):
        return 100


print('abc'.startswith(S('a')), S('b') in 'abc', 'abc'.replace(S('b'), 'x'), 'a,b'.split(S(',')), int(S('12')))
print(float(S('1.5')), ord(S('a')), pow(MyInt(2), MyInt(10), MyInt(7)), (2).__pow__(10, 7), 'x'.center(MyInt(5), S('*')))
t = Tagged('abc')
print(t, t.tag, len(t), str.__len__(t), t.upper())
try:
    class B(bool):
        pass
except TypeError as e:
    print(e)
MyInt('x')
