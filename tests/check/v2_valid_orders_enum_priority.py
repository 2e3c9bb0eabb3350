# stubs: orders.pyi
from enum import Enum


class Priority(Enum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


def priority_for(total: float) -> Priority:
    if total > 500:
        return Priority.HIGH
    if total > 100:
        return Priority.MEDIUM
    return Priority.LOW


buckets: dict[Priority, list[str]] = {p: [] for p in Priority}
for o in list_orders("pending"):
    buckets[priority_for(o["total"])].append(o["id"])

for p in Priority:
    print(p.name, len(buckets[p]), buckets[p][:3])
