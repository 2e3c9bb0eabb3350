class Base:
    def greet(self):
        return "base"
class Child(Base):
    def greet(self):
        def inner():
            return super().greet()
        try:
            return inner()
        except RuntimeError as e:
            return f"RuntimeError: {e}"
    def via_lambda(self):
        f = lambda: super(Child, self).greet()
        return f()
    def gen(self):
        yield super().greet()
    @classmethod
    def cm(cls):
        return super().__name__ if False else super(Child, cls).greet
print(Child().greet(), Child().via_lambda(), list(Child().gen()), Child.cm().__name__)
def outside():
    return super()
try:
    outside()
except RuntimeError as e:
    print(e)
class C(Base):
    def m(self):
        return [super().greet() for _ in range(2)]
print(C().m())
