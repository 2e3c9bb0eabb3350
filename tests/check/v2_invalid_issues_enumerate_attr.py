# stubs: issues.pyi
for i, issue in enumerate(list_issues("acme/widgets"), 1):
    print(i, issue.title)  # error: unknown-attribute
