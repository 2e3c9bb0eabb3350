# stubs: issues.pyi
from dataclasses import dataclass


@dataclass
class AuthorStats:
    login: str
    opened: int = 0
    comments: int = 0

    @property
    def activity(self) -> int:
        return self.opened + self.comments


stats: dict[str, AuthorStats] = {}
for issue in list_issues("acme/api", state="all"):
    login = issue["author"]["login"]
    entry = stats.setdefault(login, AuthorStats(login))
    entry.opened += 1
    entry.comments += issue["comments"]

ranked = sorted(stats.values(), key=lambda s: s.activity, reverse=True)
for s in ranked[:5]:
    print(f"{s.login:<15} {s.opened:>3} {s.comments:>4} {s.activity}")
