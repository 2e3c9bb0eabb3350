x = "global"
def outer():
    x = "outer"
    class Inner:
        x = "class"
        def method(self):
            return x
        y = x
        z = [x for _ in range(1)]
    return Inner
I = outer()
print(I().method(), I.y, I.z)
def shadow_builtin():
    list = [1, 2]
    return [len(list), type(list).__name__]
print(shadow_builtin(), list("ab"))
def closures_in_loop():
    fns = {}
    for name in ("a", "b"):
        def f(name=name):
            return name * 2
        fns[name] = f
    return {k: v() for k, v in fns.items()}
print(closures_in_loop())
def use_before_global():
    global late
    late = 1
    return late
print(use_before_global(), late)
