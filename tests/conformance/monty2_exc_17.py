# exception objects compare by identity and carry args into containers
class Code(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code

errs = [Code(3), Code(1), Code(2)]
assert sorted(errs, key=lambda e: e.code)[0].code == 1
assert Code(1) != Code(1)
by_code = {e.code: e for e in errs}
assert str(by_code[2]) == "2"
print([repr(e) for e in errs])
raise max(errs, key=lambda e: e.code)
