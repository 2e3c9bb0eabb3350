class Config:
    def get(self, key):
        return self.values[key]

Config().get("x")
