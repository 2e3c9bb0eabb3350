class Pipeline:
    def __init__(self, steps=()):
        self.steps = list(steps)
    def __or__(self, fn):
        return Pipeline(self.steps + [fn])
    def __call__(self, x):
        for s in self.steps:
            x = s(x)
        return x
    def __len__(self):
        return len(self.steps)
p = Pipeline() | str.strip | str.lower | (lambda s: s.replace(" ", "_"))
print(p("  Hello World  "), len(p), callable(p))
print(list(map(p, [" A B ", "C"])))
