class A:
    def who(self):
        return "A"
a = A()
a.who = lambda: "instance"
print(a.who(), A().who(), A.who(a))
bound = A().who
print(bound(), bound.__self__.__class__.__name__, bound.__func__ is A.who)
class B:
    @property
    def p(self):
        return 1
b = B()
b.p = 2
