# stubs: issues.pyi
class Reader:
    def __init__(self, repo: str):
        self.repo = repo

    def body_of(self, number: int) -> str:
        issue = get_issue(self.repo, str(number))  # error: arg-type
        return issue["body"] or "" if issue else ""


print(Reader("acme/widgets").body_of(3))
