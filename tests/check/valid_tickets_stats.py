# stubs: tickets.pyi
from typing import Literal

counts: dict[str, int] = {}
for status in ["new", "open", "pending"]:
    found = await search_tickets(status)
    counts[status] = len(found)
level: Literal["low", "high"] = "high"
solved = await search_tickets(status="solved")
unassigned = [t for t in solved if t.get("assignee") is None]
print(counts, len(unassigned), level)
