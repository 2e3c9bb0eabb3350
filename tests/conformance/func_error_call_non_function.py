# a dict of handlers, one of which is a str
handlers = {"a": len, "b": "not callable"}
print(handlers["a"]("xyz"))
for name in sorted(handlers):
    print(name, handlers[name]("data"))
