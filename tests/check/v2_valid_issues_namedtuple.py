# stubs: issues.pyi
from typing import NamedTuple


class Row(NamedTuple):
    number: int
    title: str
    age_days: int


rows = [Row(i["number"], i["title"], len(i["created_at"])) for i in list_issues("acme/widgets")]
for r in rows:
    print(r.number, r.title[:40], r.age_days)
