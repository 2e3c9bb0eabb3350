tickets = [
    {"id": "T-1", "priority": "high", "age": 3},
    {"id": "T-2", "priority": "low", "age": 10},
    {"id": "T-3", "priority": "medium", "age": 1},
    {"id": "T-4", "priority": "high", "age": 7},
]
rank = {"high": 0, "medium": 1, "low": 2}
queue = sorted(tickets, key=lambda t: (rank[t["priority"]], -t["age"]))
print([t["id"] for t in queue])
def bucket(t):
    match t:
        case {"priority": "high", "age": a} if a > 5:
            return "urgent"
        case {"priority": "high"}:
            return "soon"
        case _:
            return "later"
print({t["id"]: bucket(t) for t in tickets})
