class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
c = Countdown(3)
print(list(c), list(c), sum(c), [x * y for x in c for y in c if x > y])
it = iter(c)
print(next(it), next(it), list(it))
gen_exp = (x for x in c)
print(list(zip(gen_exp, gen_exp)))
def firsts(pairs):
    return (a for a, _ in pairs)
print(list(firsts([(1, 2), (3, 4)])))
print(list(firsts([(1, 2), 3])))
