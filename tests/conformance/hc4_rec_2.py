class Node:
    def __init__(self):
        self.child = self
    def __repr__(self):
        return f"Node({self.child!r})"
try:
    repr(Node())
except RecursionError as e:
    print("RecursionError", str(e)[:40])
def walk(d):
    return {k: walk(v) for k, v in d.items()}
d = {}
d["self"] = d
walk(d)
