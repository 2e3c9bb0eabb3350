class A:
    def run(self):
        return self.step()
    def step(self):
        raise NotImplementedError("subclass must implement")
class B(A):
    def run(self):
        return super().run()
B().run()
