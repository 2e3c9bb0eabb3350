# stubs: issues.pyi
class Commands:
    def cmd_count(self, repo: str) -> str:
        return str(len(list_issues(repo)))

    def cmd_pulls(self, repo: str) -> str:
        return str(len(list_pulls(repo)))


c = Commands()
for name in ["count", "pulls", "unknown"]:
    fn = getattr(c, f"cmd_{name}", None)
    print(name, fn("acme/widgets") if fn else "no such command")
