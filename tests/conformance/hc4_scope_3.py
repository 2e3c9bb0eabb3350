def make_accumulators():
    accs = {}
    for name in ("a", "b"):
        total = 0
        def add(n, _name=name):
            nonlocal total
            total += n
            return _name, total
        accs[name] = add
    return accs

accs = make_accumulators()
print(accs["a"](1), accs["b"](2), accs["a"](3))
def shadow():
    len = lambda x: "shadowed"
    return len([1, 2])
print(shadow(), len([1, 2]))
