class ValidationError(ValueError):
    def __init__(self, field, problem):
        self.field = field
        self.problem = problem
        super().__init__(f"{field}: {problem}")
    def __str__(self):
        return f"[{self.field}] {self.problem}"

try:
    raise ValidationError("age", "must be positive")
except ValueError as e:
    print(str(e), "|", repr(e), "|", e.args)
raise ValidationError("name", "too short")
