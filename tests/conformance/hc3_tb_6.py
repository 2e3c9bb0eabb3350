class Model:
    @property
    def score(self):
        return self.compute()
    def compute(self):
        return self.weights["w"]
    weights = {}
m = Model()
m.score
