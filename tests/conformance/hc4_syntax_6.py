def repeat(times):
    def deco(fn):
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        return wrapper
    return deco

def register(cls):
    cls.registered = True
    return cls

@register
class Service:
    @repeat(3)
    def ping(self, tag="x"):
        return f"pong-{tag}"

print(Service.registered, Service().ping(), Service().ping(tag="y"))
def stack(*decos):
    def apply(fn):
        for d in reversed(decos):
            fn = d(fn)
        return fn
    return apply
@stack(repeat(2), repeat(2))
def one():
    return 1
print(one())
