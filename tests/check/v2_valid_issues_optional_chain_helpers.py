# stubs: issues.pyi
from typing import Optional


def author_name(repo: str, number: int) -> Optional[str]:
    issue = get_issue(repo, number)
    if issue is None:
        return None
    return issue["author"]["name"] or issue["author"]["login"]


name = author_name("acme/widgets", 1)
print(name.title() if name else "anonymous")
greeting = "hi " + (name or "there")
print(greeting)
