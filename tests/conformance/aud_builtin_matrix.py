# every builtin function called with many argument shapes: results and CPython's error messages
class C:
    def __index__(self):
        return 2
    def __repr__(self):
        return 'C()'
fns = [abs, all, any, ascii, bin, bool, callable, chr, dict, divmod, enumerate, filter, float, format, frozenset, getattr, hasattr, hash, hex, int, isinstance, issubclass, iter, len, list, map, max, min, next, oct, ord, pow, range, repr, reversed, round, set, slice, sorted, str, sum, tuple, type, zip, bytes, bytearray, complex]
args = [(), (1,), (-1.5,), ('ab',), (b'a',), ([1, 2],), ((),), (None,), (C(),), ({1: 2},), (1, 2), ('a', 'b'), ([1], 0), (1, 2, 3), (2**70,), (True,), ('10', 2), (1.5, None), ([3, 1], None), ('iter',)]
for fn in fns:
    for a in args:
        if a == ('iter',):
            a = (iter([1]),)
        try:
            r = fn(*a)
            if type(r) in (set, frozenset):
                r = sorted(r)
            if type(r).__name__ in ('enumerate', 'zip', 'map', 'filter', 'reversed', 'list_iterator', 'list_reverseiterator', 'range_iterator', 'tuple_iterator', 'str_ascii_iterator', 'dict_keyiterator', 'bytes_iterator', 'callable_iterator', 'dict_reversekeyiterator'):
                r = list(r)
            if fn in (hash,) or type(r).__name__ == 'type':
                r = type(r).__name__
            print(fn.__name__, a if not a or type(a[0]).__name__ != 'list_iterator' else 'iter', '->', repr(r) if 'iterator object' not in repr(r) else 'text')
        except Exception as e:
            print(fn.__name__, a if not a or type(a[0]).__name__ != 'list_iterator' else 'iter', '!!', type(e).__name__, e)
