# custom exception with __init__ storing fields and __str__
class ValidationError(Exception):
    def __init__(self, field, reason):
        super().__init__(field, reason)
        self.field = field
        self.reason = reason
    def __str__(self):
        return f"{self.field}: {self.reason}"

try:
    raise ValidationError("age", "must be positive")
except ValidationError as e:
    assert e.field == "age"
    assert e.args == ("age", "must be positive")
    assert str(e) == "age: must be positive"
    assert repr(e) == "ValidationError('age', 'must be positive')"
    print(e)
raise ValidationError("name", "required")
