data = {"users": [{"name": "a", "roles": ["admin"]}, {"name": "b", "roles": None}]}
admins = [u["name"] for u in data["users"] if "admin" in u["roles"] and len(u["name"]) > 0 and u["name"].isalpha()]
