class Service:
    def __init__(self, repo):
        self.repo = repo
    def get(self, uid):
        return self.repo.fetch(uid)
class Repo:
    def __init__(self):
        self.rows = {1: "ann"}
    def fetch(self, uid):
        return self.rows[uid]
svc = Service(Repo())
print(svc.get(1))
svc.get(2)
