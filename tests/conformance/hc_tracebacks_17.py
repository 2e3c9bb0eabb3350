class Config:
    def __init__(self, d):
        self.d = d
    def __getitem__(self, k):
        return self.d[k]
cfg = Config({"a": 1})
print(cfg["a"])
value = cfg["b"] * 2
