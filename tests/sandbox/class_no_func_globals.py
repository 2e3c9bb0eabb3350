# run:
class A:
    def m(self):
        return 1
A().m.__func__.__globals__
# expect: AttributeError
