# stubs: issues.pyi
repo = get_repo("acme", "widgets")
print(repo.full_name(), repo.stars())  # error: not-callable
