# stubs: issues.pyi
from github import Github  # error: unknown-module

g = Github()
print(g)
