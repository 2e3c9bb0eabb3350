# stubs: issues.pyi
class Triager:
    def __init__(self, repo):
        self.repo = repo

    async def mark(self, numbers):
        for n in numbers:
            labels = add_labels(self.repo, n, ["triaged"])
            print([l["name"] for l in labels])  # error: missing-await
