# stubs: issues.pyi
for issue in list_issues("acme/widgets"):
    print(issue["author"]["username"])  # error: unknown-key
