# === exception in comprehension traceback ===
def parse_all(values):
    return [int(v) for v in values]
assert parse_all(['1', '2']) == [1, 2], 'ok'
parse_all(['1', 'two'])
