# === str.format errors ===
for fmt, args in [('{x}', ()), ('{', ()), ('}', ()), ('{0:d}', ('s',)), ('{!z}', (1,))]:
    try:
        fmt.format(*args)
    except (KeyError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
'{:s}'.format(3)
