# traceback position: method inner
class Repo:
    def get(self, k):
        return self.data[k]
    def __init__(self):
        self.data = {}
Repo().get("x")
