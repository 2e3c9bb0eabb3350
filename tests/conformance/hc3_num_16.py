import operator
print(operator.add(2, 3), operator.mul("ab", 3), operator.neg(5), operator.floordiv(-7, 2))
print(operator.itemgetter(1)([5, 6, 7]), operator.itemgetter(0, 2)("abc"))
print(operator.attrgetter("real", "imag")(3 + 4j))
print(operator.methodcaller("upper")("hi"), operator.methodcaller("split", ",")("a,b"))
from functools import reduce
print(reduce(operator.mul, range(1, 8)), reduce(operator.add, ["a", "b", "c"], ">"))
print(operator.contains([1, 2], 2), operator.truth(0), operator.index(7), operator.is_(None, None))
reduce(operator.add, [])
