# === uncaught exception in nested calls ===
def parse(record):
    key, value = record.split('=')
    return key, int(value)
def load(lines):
    return dict(parse(l) for l in lines)
assert load(['a=1', 'b=2']) == {'a': 1, 'b': 2}, 'ok'
load(['a=1', 'b=two'])
