rows = [{"id": 1}, {"name": "x"}]
index = {
    r["id"]: r
    for r in rows
}
