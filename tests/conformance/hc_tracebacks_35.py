class Config:
    def __init__(self):
        self.values = {}
    @property
    def port(self):
        return int(self.values["port"])
c = Config()
c.values["port"] = "80a"
print(c.port)
