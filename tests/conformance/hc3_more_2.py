class Config:
    def __init__(self, data):
        self.port = int(data["port"])
        self.host = data["host"]
Config({"port": "80x", "host": "h"})
