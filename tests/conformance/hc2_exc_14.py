# exception attributes and add_note
class HTTPError(Exception):
    def __init__(self, status, msg):
        super().__init__(status, msg)
        self.status = status
        self.msg = msg
    def __str__(self):
        return f"{self.status}: {self.msg}"
e = HTTPError(404, "Not Found")
print(e, repr(e), e.args, e.status)
e.add_note("while fetching /x")
e.add_note("retry 3")
print(e.__notes__)
raise e
