class Base:
    def run(self):
        return self.step()
    def step(self):
        raise NotImplementedError

class Impl(Base):
    pass

Impl().run()
