class Thing:
    @property
    def value(self):
        return self._value
t = Thing()
t.value
