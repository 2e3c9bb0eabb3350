user = {"name": "x"}
user.name
