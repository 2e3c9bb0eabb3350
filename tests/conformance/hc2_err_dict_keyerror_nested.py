# uncaught error: dict keyerror nested
users = {"alice": {"email": "a@x"}}
for name in ["alice", "bob"]:
    print(users[name]["email"])
