class ValidationError(Exception):
    def __init__(self, field, msg):
        self.field = field
        self.msg = msg
    def __str__(self):
        return f"{self.field}: {self.msg}"
errors = []
for field, val in [("age", -1), ("name", ""), ("ok", 1)]:
    try:
        if not val or (isinstance(val, int) and val < 0):
            raise ValidationError(field, "invalid")
    except ValidationError as e:
        errors.append(str(e))
print(errors)
raise ValidationError("email", "missing @")
