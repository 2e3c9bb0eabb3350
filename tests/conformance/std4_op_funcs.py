import operator as op
print(op.add(1, 2), op.sub(5, 3), op.mul("a", 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.neg(5), op.pos(-2), op.invert(5), op.inv(0), op.not_(0), op.not_([1]), op.truth(""), op.abs(-3.5))
print(op.eq(1, 1.0), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt("b", "a"), op.ge(1, 2))
print(op.and_(12, 10), op.or_(12, 3), op.xor(5, 1), op.lshift(1, 4), op.rshift(256, 2), op.and_({1, 2}, {2}))
print(op.contains([1, 2], 2), op.contains("abc", "z"), op.getitem({"a": 1}, "a"), op.getitem([1, 2, 3], slice(1, None)))
print(op.is_(None, None), op.is_not(1, None), op.index(7), op.index(True))
l = [1, 2, 3]
op.setitem(l, 0, 9); op.delitem(l, 1)
print(l)
x = [1]
y = op.iadd(x, [2])
print(x, y is x, op.iadd(1, 2), op.isub(5, 1), op.imul([0], 2), op.ior({1}, {2}))
from functools import reduce
print(reduce(op.mul, range(1, 6)), sorted([(1, "b"), (0, "c")], key=op.itemgetter(1)))
for bad in [lambda: op.add(1), lambda: op.add(1, "a"), lambda: op.truediv(1, 0), lambda: op.index(1.5), lambda: op.getitem([], 3), lambda: op.lt(1, "a"), lambda: op.neg("x"), lambda: op.add(a=1, b=2)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
