# uncaught custom exception with custom __str__ and attributes
class APIError(Exception):
    def __init__(self, code, detail):
        self.code = code
        self.detail = detail
        super().__init__(code, detail)
    def __str__(self):
        return f"[{self.code}] {self.detail}"
def call(endpoint):
    if endpoint != "/ok":
        raise APIError(404, f"{endpoint} not found")
    return "fine"
print(call("/ok"))
call("/missing")
