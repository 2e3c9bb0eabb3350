# stubs: issues.pyi
def labelled(issues, name):
    for issue in issues:
        if any(l["name"] == name for l in issue["labels"]):
            yield issue


bugs = list(labelled(list_issues("acme/widgets"), "bug"))
print(len(bugs))
for issue in labelled(list_issues("acme/api", state="closed"), "regression"):
    print(issue["number"], issue["title"])
