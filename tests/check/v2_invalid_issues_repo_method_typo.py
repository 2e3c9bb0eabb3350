# stubs: issues.pyi
repo = get_repo("acme", "widgets")
print(repo.fullname())  # error: unknown-attribute
