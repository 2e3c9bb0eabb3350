# exception chain printed for uncaught errors with cause
class ValidationError(Exception):
    pass
def validate(rec):
    try:
        return int(rec["age"])
    except (KeyError, ValueError) as e:
        raise ValidationError(f"bad record {rec}") from e
records = [{"age": "3"}, {"age": "x"}]
for r in records:
    print(validate(r))
