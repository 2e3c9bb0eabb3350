stats = {"a": {"hits": 1}}
stats["a"]["hits"] += 1
stats["b"]["hits"] += 1
