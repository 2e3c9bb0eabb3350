# === print to sys.stdout and sys.stderr ===
import sys
print('to stdout', file=sys.stdout)
print('to stderr', file=sys.stderr)
n = sys.stdout.write('written directly\n')
assert n == 17, n
assert sys.stderr.write('é😀') == 2, 'characters, not bytes'
assert sys.stdout.flush() is None, 'flush'
print('a', 'b', sep=',', end='!\n', file=sys.stdout, flush=True)
try:
    print('x', file=5)
except AttributeError as e:
    print(e)
try:
    print('x', file='out.txt')
except AttributeError as e:
    print(e)
sys.stderr.write('done\n')
