# __doc__ and __text_signature__ of common functions of builtins
import operator
for f in (len, abs, repr, isinstance, sorted, sum, print, min, max, round, divmod, pow,
          getattr, iter, next, any, all, hash, chr, ord, bin, hex, ascii, format):
    print(f.__name__, repr(f.__text_signature__))
    print(f.__doc__)
print(len.__doc__.splitlines()[0], sorted.__doc__.split("\n")[0])
print(operator.abs.__name__, type(len.__doc__).__name__)
