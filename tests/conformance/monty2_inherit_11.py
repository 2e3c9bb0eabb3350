# __init_subclass__ registers subclasses
class Handler:
    handlers = {}
    def __init_subclass__(cls, prefix="", **kwargs):
        super().__init_subclass__(**kwargs)
        Handler.handlers[prefix + cls.__name__.lower()] = cls

class Get(Handler):
    pass

class Post(Handler, prefix="http_"):
    pass

assert sorted(Handler.handlers) == ["get", "http_post"]
assert Handler.handlers["get"] is Get
print(sorted(Handler.handlers))
