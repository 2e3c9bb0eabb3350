class A:
    @property
    def v(self):
        return 1
    @v.setter
    def v(self, val):
        if val < 0:
            raise ValueError("neg")
a = A()
a.v = -1
