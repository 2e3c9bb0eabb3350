# exception with extra attributes and default message via super
class HttpError(Exception):
    def __init__(self, status, message=None):
        self.status = status
        super().__init__(message or f"HTTP {status}")

errs = [HttpError(404), HttpError(500, "oops")]
assert [str(e) for e in errs] == ["HTTP 404", "oops"]
assert [e.status for e in errs] == [404, 500]
assert repr(errs[0]) == "HttpError('HTTP 404')"
print(errs)
raise HttpError(418)
