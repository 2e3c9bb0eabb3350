# stubs: issues.pyi
pulls = list_pulls("acme/widgets")
issues = list_issues("acme/widgets")
for p, i in zip(pulls, issues):
    print(p["sha"], i["title"])  # error: unknown-key
