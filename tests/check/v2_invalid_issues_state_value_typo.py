# stubs: issues.pyi
open_count = 0
for issue in list_issues("acme/widgets", state="all"):
    if issue["status"] == "open":  # error: unknown-key
        open_count += 1
print(open_count)
