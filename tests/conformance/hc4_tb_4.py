def parse_line(line):
    key, value = line.split("=")
    return key.strip(), int(value)

lines = ["a = 1", "b = 2", "c = three"]
result = dict(parse_line(l) for l in lines)
