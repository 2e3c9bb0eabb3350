class Config:
    defaults = {"debug": False}
    def __init__(self, **overrides):
        self.settings = {**self.defaults, **overrides}
    def __getattr__(self, name):
        try:
            return self.settings[name]
        except KeyError:
            raise AttributeError(f"no setting {name!r}") from None
c = Config(debug=True, level=3)
print(c.debug, c.level, c.settings)
try:
    c.nope
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(c, "nope", "default"))
c.other
