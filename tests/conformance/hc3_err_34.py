class P:
    @property
    def v(self):
        return self._v
P().v
