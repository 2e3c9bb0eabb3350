def register(name):
    def wrap(fn):
        if not name:
            raise ValueError("empty name")
        return fn
    return wrap

@register("ok")
def f():
    pass

@register("")
def g():
    pass
