# with on a resource-like object with a close() method via contextlib.closing
from contextlib import closing

class Conn:
    def __init__(self):
        self.closed = False
    def close(self):
        self.closed = True
    def query(self, q):
        if self.closed:
            raise RuntimeError("closed")
        return q[::-1]

with closing(Conn()) as c:
    assert c.query("abc") == "cba"
assert c.closed
print(c.closed)
c.query("x")
