# stubs: issues.pyi
def badge(issue) -> str:
    match issue["state"]:
        case "open" if issue["comments"] > 10:
            return "hot"
        case "open":
            return "open"
        case "closed":
            return "done"
        case _:
            return "?"


for i in list_issues("acme/widgets", state="all", per_page=10):
    print(badge(i), i["number"], i["title"])
