# stubs: issues.pyi
class Issue:
    def __init__(self, number, title):
        self.number = number
        self.title = title

    def short(self):
        return f"#{self.number} {self.title[:20]}"


def wrap(raw) -> Issue:
    return Issue(raw["number"], raw["title"])


wrapped: list[Issue] = [wrap(r) for r in list_issues("acme/widgets")]
for w in wrapped:
    print(w.short(), w.number)
