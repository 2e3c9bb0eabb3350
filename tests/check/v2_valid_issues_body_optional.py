# stubs: issues.pyi
issue = get_issue("acme/widgets", 42)
if issue is not None:
    body = issue["body"] or ""
    words = len(body.split())
    print(f"#{issue['number']} {issue['title']!r} has {words} words")
    if issue["body"] is not None and "stack trace" in issue["body"].lower():
        print("contains a stack trace")
