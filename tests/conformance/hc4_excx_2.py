class Pretty(Exception):
    def __str__(self):
        return f"pretty: {self.args[0]!r}"
    def __repr__(self):
        return "Pretty(...)"
try:
    raise Pretty("x")
except Pretty as e:
    print(e, repr(e), [e])
raise Pretty({"k": 1})
