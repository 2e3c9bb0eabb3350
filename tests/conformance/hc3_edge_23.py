class Temp:
    @property
    def value(self):
        raise AttributeError("computed fails")
    def __getattr__(self, name):
        return f"fallback for {name}"
t = Temp()
print(t.value)
print(t.other)
