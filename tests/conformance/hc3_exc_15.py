class Config:
    def __init__(self):
        self.values = {}
cfg = Config()
print(cfg.values)
cfg.settings["x"]
