class Service:
    def __init__(self):
        self.client = None
    def fetch(self, key):
        return self.client.get(key)
Service().fetch("k")
