entries = [
    {"user": "u1", "event": "login", "t": 100},
    {"user": "u2", "event": "login", "t": 105},
    {"user": "u1", "event": "logout", "t": 160},
    {"user": "u2", "event": "logout", "t": 300},
    {"user": "u1", "event": "login", "t": 400},
]
sessions = {}
open_ = {}
for e in entries:
    if e["event"] == "login":
        open_[e["user"]] = e["t"]
    else:
        start = open_.pop(e["user"])
        sessions.setdefault(e["user"], []).append(e["t"] - start)
print(sessions)
print(open_)
print({u: sum(d) for u, d in sessions.items()})
