def read_records(lines):
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        yield line.split("=", 1)
def to_dict(pairs):
    return {k.strip(): v.strip() for k, v in pairs}
cfg = """
# comment
name = demo
 size=10
path = /a=b
"""
print(to_dict(read_records(cfg.splitlines())))
def numbered(it, start=1):
    for i, x in enumerate(it, start):
        yield f"{i:02d}: {x}"
print(list(numbered("abc")))
