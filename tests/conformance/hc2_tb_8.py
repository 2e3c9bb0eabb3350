# traceback through a generator and a lambda
def gen(items):
    for item in items:
        yield transform(item)
transform = lambda x: x["value"] * 2
out = []
for v in gen([{"value": 1}, {"value": 2}, {}]):
    out.append(v)
