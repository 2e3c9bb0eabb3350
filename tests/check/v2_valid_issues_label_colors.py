# stubs: issues.pyi
colors: dict[str, str] = {}
for issue in list_issues("acme/widgets", state="all"):
    for label in issue["labels"]:
        colors[label["name"]] = label["color"]
for name, color in sorted(colors.items(), key=lambda kv: kv[0].lower()):
    print(f"#{color} {name}")
