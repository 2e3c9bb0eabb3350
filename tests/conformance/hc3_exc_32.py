class TimeoutErr(Exception):
    def __init__(self, op, secs):
        self.op, self.secs = op, secs
        super().__init__(op, secs)
    def __str__(self):
        return f"{self.op} timed out after {self.secs}s"
e = TimeoutErr("fetch", 5)
print(str(e), repr(e), e.args)
try:
    raise e
except TimeoutErr as caught:
    print(caught is e, caught.secs)
raise TimeoutErr("connect", 30)
