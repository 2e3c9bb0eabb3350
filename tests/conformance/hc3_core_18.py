def parse_kv(s):
    result = {}
    for part in s.split(";"):
        part = part.strip()
        if not part:
            continue
        if "=" not in part:
            raise ValueError(f"missing '=' in {part!r}")
        k, v = (x.strip() for x in part.split("=", 1))
        result[k] = v
    return result
print(parse_kv("a=1; b = two ;c=3=4;"))
print(parse_kv(""))
parse_kv("a=1; broken")
