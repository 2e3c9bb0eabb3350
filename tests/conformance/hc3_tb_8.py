class Base:
    def run(self):
        return self.step()
    def step(self):
        raise NotImplementedError(f"{type(self).__name__}.step")
class Impl(Base):
    pass
Impl().run()
