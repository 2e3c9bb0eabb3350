# exception raised in overridden method shows full chain in traceback
class Base:
    def run(self):
        return self.step() * 2
    def step(self):
        return 1

class Broken(Base):
    def step(self):
        return helper(self)

def helper(obj):
    return obj.value

print(Base().run())
Broken().run()
