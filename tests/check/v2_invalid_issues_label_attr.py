# stubs: issues.pyi
for issue in list_issues("acme/widgets"):
    names = [label.name for label in issue["labels"]]  # error: unknown-attribute
    print(issue["number"], names)
