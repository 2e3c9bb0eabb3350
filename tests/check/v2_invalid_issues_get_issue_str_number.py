# stubs: issues.pyi
number = "42"
issue = get_issue("acme/widgets", number)  # error: arg-type
print(issue)
