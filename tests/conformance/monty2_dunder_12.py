# __call__ makes instances callable
class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0
    def __call__(self, x, *, times=1):
        self.calls += 1
        return x + self.n * times

add5 = Adder(5)
assert add5(1) == 6
assert add5(1, times=3) == 16
assert list(map(add5, [0, 10])) == [5, 15]
assert add5.calls == 4
assert callable(add5) and not callable(5)
print(sorted([3, 1, 2], key=Adder(-10)))
add5(1, 2)
