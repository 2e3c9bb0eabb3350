class ValidationError(Exception):
    pass
def validate(rec):
    if "id" not in rec:
        raise ValidationError(f"missing id in {rec}")
    return rec
def process(recs):
    out = []
    for r in recs:
        try:
            out.append(validate(r))
        except ValidationError as e:
            raise RuntimeError("processing failed") from e
    return out
process([{"id": 1}, {"name": "x"}])
