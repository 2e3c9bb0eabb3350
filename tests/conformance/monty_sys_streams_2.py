# === logging-style helper writing to stderr ===
import sys
def log(*parts, level='INFO'):
    print(f'[{level}]', *parts, file=sys.stderr)
def process(items):
    total = 0
    for item in items:
        if not isinstance(item, int):
            log('skipping', repr(item), level='WARN')
            continue
        total += item
    log('total', total)
    return total
assert process([1, 'x', 2, None, 3]) == 6, 'total'
sys.stdout.write('result: %d\n' % process([10, 20]))
process([5])
