records = [{"id": 1, "name": "alpha", "score": 10}, {"id": 2, "name": "beta", "score": None}]
summary = {r["name"]: r["score"] * 2 + 1 for r in records if r["id"] > 0 and r["name"] is not None and len(r["name"]) > 1}
