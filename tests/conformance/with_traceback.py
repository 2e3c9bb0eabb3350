class Session:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("close", self.name, exc_type.__name__ if exc_type else None)

    def query(self, q):
        if not q:
            raise ValueError("empty query")
        return q.upper()

def run(queries):
    with Session("db") as s:
        return [s.query(q) for q in queries]

print(run(["a", "b"]))
run(["a", ""])
