# === scoping in nested comprehensions and lambdas ===
def outer():
    factor = 3
    rows = [[factor * c for c in range(r)] for r in range(3)]
    fns = [lambda v, k=k: v * k * factor for k in range(2)]
    gen = (factor + i for i in range(2))
    factor = 4
    return rows, [f(1) for f in fns], list(gen)
print(outer())
def shadowing():
    x = 'outer'
    res = [x for x in 'ab']
    res2 = [[x for x in range(2)] for _ in range(1)]
    return x, res, res2
print(shadowing())
def walrus_scope():
    results = [y for v in range(5) if (y := v * v) > 4]
    return results, y
print(walrus_scope())
def nested_walrus():
    [[(z := a + b) for b in range(2)] for a in range(2)]
    return z
print(nested_walrus())
def class_like_namespace():
    data = {}
    def setter(k, v):
        data[k] = v
    def getter(k):
        return data.get(k)
    setter('a', 1)
    return getter('a'), getter('b')
print(class_like_namespace())
x = 'global x'
def reads_global_in_comprehension():
    return [x for _ in range(1)]
print(reads_global_in_comprehension())
def comprehension_over_local():
    items = [1, 2, 3]
    return {i: [j for j in items if j != i] for i in items}
print(comprehension_over_local())
def late_binding_in_comprehension():
    fs = [(lambda: i) for i in range(3)]
    return [f() for f in fs]
print(late_binding_in_comprehension())
def generator_closure():
    def gen():
        for i in range(3):
            yield lambda: i
    return [f() for f in gen()]
print(generator_closure())
def gen_eager():
    return [f() for f in [lambda: i for i in range(3)]]
print(gen_eager())
try:
    [undefined_in_comp for _ in range(1)]
except NameError as e:
    print(e)
'done'
