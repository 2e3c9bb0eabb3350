# stubs: issues.pyi
pulls = list_pulls("acme/widgets")
changed = 0
for p in pulls:
    changed += p["additions"] + p["head_sha"]  # error: operator-type
print(changed)
