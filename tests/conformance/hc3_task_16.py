import json
schema = {"name": str, "age": int, "email": str}
def validate(rec):
    errs = []
    for field, typ in schema.items():
        if field not in rec:
            errs.append(f"missing {field}")
        elif not isinstance(rec[field], typ):
            errs.append(f"{field}: expected {typ.__name__}, got {type(rec[field]).__name__}")
    extra = sorted(set(rec) - set(schema))
    if extra:
        errs.append(f"unexpected {extra}")
    return errs
recs = json.loads('[{"name": "a", "age": 3, "email": "x"}, {"name": 5, "age": "3"}, {"name": "b", "age": 1, "email": "e", "z": 1}]')
for r in recs:
    print(validate(r) or "ok")
