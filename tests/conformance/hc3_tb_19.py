class A:
    def __repr__(self):
        raise RuntimeError("repr failed")
print([A()])
