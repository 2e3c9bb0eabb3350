# stubs: issues.pyi
issues = list_issues("acme/widgets", labels="bug")  # error: arg-type
print(len(issues))
