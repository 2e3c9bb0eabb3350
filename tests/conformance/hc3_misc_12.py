x = 5
print(eval("x + 1") if False else "no eval used")
def f(*, a=1, b=2):
    return a, b
print(f(), f(b=3))
print((lambda: "lam")(), (lambda *a, **k: (a, k))(1, z=2))
print(list(map(str.upper, ["a", "b"])), list(map(len, ["abc", ""])))
nums = [4, 1, 3]
nums.sort(key=lambda n: -n)
print(nums, sorted(nums, key=abs), list(zip(*[(1, 'a'), (2, 'b')])))
print(isinstance(3, (int, str)), isinstance("a", (list, tuple)))
print(f.__name__, f.__defaults__, f.__kwdefaults__)
