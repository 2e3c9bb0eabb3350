# stubs: issues.pyi
from typing import TypedDict


class Summary(TypedDict):
    repo: str
    open: int
    labels: dict[str, int]


def summarize(repo: str) -> Summary:
    issues = list_issues(repo)
    labels: dict[str, int] = {}
    for i in issues:
        for l in i["labels"]:
            labels[l["name"]] = labels.get(l["name"], 0) + 1
    return {"repo": repo, "open": len(issues), "labels": labels}


s = summarize("acme/widgets")
print(s["repo"], s["open"], sorted(s["labels"].items()))
