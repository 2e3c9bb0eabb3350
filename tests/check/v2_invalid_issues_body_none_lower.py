# stubs: issues.pyi
issue = get_issue("acme/widgets", 7)
if issue is not None:
    if "crash" in issue["body"].lower():  # error: possibly-none
        print("crash report")
