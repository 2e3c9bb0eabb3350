class Meta:
    pass
class Config:
    debug = False
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)
    def __getattr__(self, name):
        if name.startswith("opt_"):
            return None
        raise AttributeError(f"Config has no option {name!r}")

c = Config(level=3)
print(c.level, c.debug, c.opt_x, getattr(c, "missing", "dflt"), hasattr(c, "nope"))
print(vars(c), sorted(k for k in Config.__dict__ if not k.startswith("__")))
del c.level
print(hasattr(c, "level"))
c.nothing
