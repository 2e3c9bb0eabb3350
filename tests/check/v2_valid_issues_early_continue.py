# stubs: issues.pyi
for number in [1, 2, 3]:
    issue = get_issue("acme/widgets", number)
    if not issue:
        continue
    if issue["body"] is None:
        continue
    print(number, issue["body"].strip()[:30])
