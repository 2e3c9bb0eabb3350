# __getattribute__ override and super call
class Logged:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"access to {name} denied")
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f"default:{name}"
o = Logged()
print(o.x, o.missing, o.secret_key)
