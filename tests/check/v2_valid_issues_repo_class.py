# stubs: issues.pyi
repo = get_repo("acme", "widgets")
print(repo.full_name(), "stars:", repo.stars)
issues = list_issues(repo.full_name(), labels=["bug"])
stale = [i for i in issues if i["comments"] == 0]
print(f"{len(stale)}/{len(issues)} bugs without comments on {repo.default_branch}")
