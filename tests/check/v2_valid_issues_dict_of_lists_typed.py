# stubs: issues.pyi
by_label: dict[str, list[Issue]] = {}
for issue in list_issues("acme/widgets", state="all"):
    for label in issue["labels"]:
        by_label.setdefault(label["name"], []).append(issue)
for name, issues in by_label.items():
    newest = max(issues, key=lambda i: i["created_at"])
    print(name, len(issues), newest["title"])
