# run:
class A:
    def m(self):
        return 1
class B(A):
    pass
A.__subclasses__()
# expect: AttributeError
