class Registry:
    def __init__(self):
        self.handlers = {}
    def route(self, path):
        def deco(fn):
            self.handlers[path] = fn
            return fn
        return deco
    def dispatch(self, path, *args):
        if path not in self.handlers:
            raise LookupError(f"no route for {path}")
        return self.handlers[path](*args)
app = Registry()
@app.route("/hello")
def hello(name):
    return f"Hello, {name}"
@app.route("/add")
def add(a, b):
    return a + b
print(app.dispatch("/hello", "world"), app.dispatch("/add", 2, 3))
print(sorted(app.handlers))
app.dispatch("/missing")
