data = {"users": [{"name": "a"}, {"name": "b"}]}
names = [u["name"] for u in data["users"]]
print(names)
ages = [u["age"] for u in data["users"]]
