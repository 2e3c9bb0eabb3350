# abs, round, divmod, pow, sum with start
print(abs(-7.25), round(-7.25, 1), divmod(-7, 2), pow(2, -2), pow(-2, 2), sum([1, 2], start=10))
print(sum([0.1, 0.2, 0.3]), sum(range(5), 0.5), round(2.5) + round(3.5), pow(5, 3, 3))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
try:
    pow(2, 0.5, 3)
except TypeError as e:
    print(e)
sum([[1], [2]])
