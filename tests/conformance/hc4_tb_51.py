def build(rows):
    return {
        row["id"]: row["name"].title()
        for row in rows
    }

print(build([{"id": 1, "name": "ann"}]))
build([{"id": 2, "name": None}])
