# super() with explicit arguments and type() checks
class A:
    def who(self):
        return "A"

class B(A):
    def who(self):
        return "B"

class C(B):
    def who(self):
        return "C"
    def skip(self):
        return super(B, self).who()

c = C()
assert c.who() == "C"
assert c.skip() == "A"
assert super(C, c).who() == "B"
assert type(c).__name__ == "C"
assert type(c).__bases__ == (B,)
assert C.__base__ is B
print(c.skip(), super(C, c).who())
