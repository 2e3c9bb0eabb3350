# super() without args in nested function fails
class A:
    def m(self):
        return "A.m"
class B(A):
    def m(self):
        def helper():
            return super().m()
        return helper()
B().m()
