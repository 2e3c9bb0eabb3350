# === sys.exit variants ===
import sys
for code in [None, 0, 1, 'message', (1, 2)]:
    try:
        if code is None:
            sys.exit()
        sys.exit(code)
    except SystemExit as e:
        print(repr(code), '->', repr(e.code), e.args)
def main():
    print('main running')
    return 0
sys.exit(main())
