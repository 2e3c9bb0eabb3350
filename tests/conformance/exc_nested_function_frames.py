def validate(record):
    if record["age"] < 0:
        raise ValueError("age must be non-negative, got %d" % record["age"])
    return record
def load(rows):
    out = []
    for r in rows:
        out.append(validate(r))
    return out
def main():
    data = [{"age": 3}, {"age": -1}]
    return load(data)
print("start")
main()
