# property inherited and overridden in subclass
class Base:
    @property
    def label(self):
        return "base"
    def show(self):
        return f"<{self.label}>"

class Child(Base):
    @property
    def label(self):
        return "child+" + super().label

assert Base().show() == "<base>"
assert Child().show() == "<child+base>"
print(Child().label)
del Child().label
