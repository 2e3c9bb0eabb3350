# stubs: issues.pyi
user = get_user("octocat")
if user is not None:
    print(user["name"].title())  # error: possibly-none
