# decorators with arguments and stacking order
def tag(name):
    def deco(fn):
        def w(*a):
            return f"<{name}>{fn(*a)}</{name}>"
        return w
    return deco
@tag("b")
@tag("i")
def text(s):
    return s
print(text("hi"))
def validate(*types):
    def deco(fn):
        def w(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError(f"{fn.__name__}: expected {t.__name__}, got {type(a).__name__}")
            return fn(*args)
        return w
    return deco
@validate(int, str)
def rep(n, s):
    return s * n
print(rep(3, "ab"))
rep("3", "ab")
