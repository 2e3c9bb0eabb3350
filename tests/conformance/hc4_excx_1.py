class CodeError(Exception):
    def __init__(self, code):
        self.code = code

e = CodeError(5)
print(str(e), repr(e), e.args, e.code)
class NoArgs(Exception):
    def __init__(self):
        super().__init__()
        self.detail = "d"
print(repr(str(NoArgs())), repr(NoArgs()))
raise CodeError(404)
