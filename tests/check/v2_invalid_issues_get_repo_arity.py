# stubs: issues.pyi
repo = get_repo("acme/widgets")  # error: call-arg-count
print(repo.stars)
