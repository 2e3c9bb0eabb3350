# === % formatting errors ===
cases = [('%d', ()), ('%d %d', (1,)), ('%s', (1, 2)), ('%z', (1,)), ('%(a)s', (1,)), ('%c', ('ab',)), ('%c', (-1,)), ('%d', ([],))]
for fmt, args in cases:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
'%(missing)s' % {}
