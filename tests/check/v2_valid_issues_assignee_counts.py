# stubs: issues.pyi
from typing import DefaultDict

load: dict[str, int] = {}
for issue in list_issues("acme/widgets"):
    for user in issue["assignees"]:
        load[user["login"]] = load.get(user["login"], 0) + 1
busiest = sorted(load, key=lambda login: load[login], reverse=True)
print(busiest[:3])
