# stubs: issues.pyi
issues = sorted(list_issues("acme/widgets"), key=lambda i: i.comments)  # error: unknown-attribute
print(issues[0]["title"])
