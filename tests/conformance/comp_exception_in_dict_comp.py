rows = [{"id": 1, "name": "a"}, {"id": 2}, {"id": 3, "name": "c"}]
def index(rows):
    return {r["id"]: r["name"] for r in rows}
print(index(rows[:1]))
print(index(rows))
