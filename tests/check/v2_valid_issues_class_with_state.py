# stubs: issues.pyi
class Digest:
    def __init__(self, repo):
        self.repo = repo
        self.lines = []

    def add(self, issue):
        labels = ", ".join(l["name"] for l in issue["labels"]) or "-"
        self.lines.append(f"#{issue['number']} [{labels}] {issue['title']}")
        return self

    def render(self):
        header = f"Digest for {self.repo} ({len(self.lines)} issues)"
        return "\n".join([header] + self.lines)


d = Digest("acme/widgets")
for issue in list_issues("acme/widgets", per_page=5):
    d.add(issue)
print(d.render())
