# stubs: issues.pyi
class Fmt:
    width = 40

    @staticmethod
    def clip(text: str, n: int) -> str:
        return text if len(text) <= n else text[: n - 1] + "…"

    @classmethod
    def line(cls, issue) -> str:
        return f"{issue['number']:>5} {cls.clip(issue['title'], cls.width)}"


for issue in list_issues("acme/widgets"):
    print(Fmt.line(issue))
