# === sys.exit with a message ends the script ===
import sys
def require(cond, msg):
    if not cond:
        sys.exit(msg)
require(True, 'fine')
print('checked')
require(1 > 2, 'error: one is not greater than two')
print('unreachable')
