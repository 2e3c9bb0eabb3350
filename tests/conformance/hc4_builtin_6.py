print(vars(type("T", (), {"a": 1}))["a"], type("T", (), {}).__name__)
T = type("Dyn", (object,), {"greet": lambda self: "hi", "x": 5})
t = T()
print(t.greet(), t.x, type(t).__name__, isinstance(t, T))
setattr(t, "y", 10)
delattr(t, "x") if hasattr(t, "x") and "x" in vars(t) else None
print(t.y, getattr(t, "x"), getattr(t, "zz", None))
print(globals()["T"] is T, "t" in globals(), sorted(k for k in locals() if k in ("t", "T")))
delattr(t, "nothing")
