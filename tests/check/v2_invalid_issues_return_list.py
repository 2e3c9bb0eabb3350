# stubs: issues.pyi
def titles(repo: str) -> str:
    return [i["title"] for i in list_issues(repo)]  # error: return-type


print(titles("acme/widgets"))
