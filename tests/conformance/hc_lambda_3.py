people = [{"n": "a", "age": 30}, {"n": "b", "age": 20}]
get_age = lambda p: p["age"]
print(sorted(people, key=get_age)[0]["n"], max(map(get_age, people)))
apply_twice = lambda f, x: f(f(x))
print(apply_twice(lambda s: s + "!", "hi"), apply_twice(lambda n: n * n, 3))
print((lambda *a: sum(a))(1, 2, 3), (lambda **k: sorted(k))(b=1, a=2))
print(list(map(lambda p: p[0] * p[1], zip([1, 2], [3, 4]))))
(lambda x: x + 1)("a")
