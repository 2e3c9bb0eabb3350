// __doc__ and __text_signature__ of the functions of builtins, as CPython 3.14 has them: a
// table for the functions scripts commonly look at; every other built-in answers None
// (interp/README.md tells why).
#include "interp/builtin_docs.h"

#include <string.h>

typedef struct BuiltinDoc {
    const char *name, *doc, *signature;  // signature NULL: CPython has none (min, max, iter)
} BuiltinDoc;

// sorted by name, for the binary search
static const BuiltinDoc builtin_docs[] = {
    {"abs", "Return the absolute value of the argument.",
     "($module, x, /)"},
    {"all", "Return True if bool(x) is True for all values x in the iterable.\n\nIf the iterable is empty, return True.",
     "($module, iterable, /)"},
    {"any", "Return True if bool(x) is True for any x in the iterable.\n\nIf the iterable is empty, return False.",
     "($module, iterable, /)"},
    {"ascii", "Return an ASCII-only representation of an object.\n\nAs repr(), return a string containing a printable representation of an\nobject, but escape the non-ASCII characters in the string returned by\nrepr() using \\\\x, \\\\u or \\\\U escapes. This generates a string similar\nto that returned by repr() in Python 2.",
     "($module, obj, /)"},
    {"bin", "Return the binary representation of an integer.\n\n   >>> bin(2796202)\n   '0b1010101010101010101010'",
     "($module, number, /)"},
    {"callable", "Return whether the object is callable (i.e., some kind of function).\n\nNote that classes are callable, as are instances of classes with a\n__call__() method.",
     "($module, obj, /)"},
    {"chr", "Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff.",
     "($module, i, /)"},
    {"delattr", "Deletes the named attribute from the given object.\n\ndelattr(x, 'y') is equivalent to ``del x.y``",
     "($module, obj, name, /)"},
    {"divmod", "Return the tuple (x//y, x%y).  Invariant: div*y + mod == x.",
     "($module, x, y, /)"},
    {"format", "Return type(value).__format__(value, format_spec)\n\nMany built-in types implement format_spec according to the\nFormat Specification Mini-language. See help('FORMATTING').\n\nIf type(value) does not supply a method named __format__\nand format_spec is empty, then str(value) is returned.\nSee also help('SPECIALMETHODS').",
     "($module, value, format_spec='', /)"},
    {"getattr", "getattr(object, name[, default]) -> value\n\nGet a named attribute from an object; getattr(x, 'y') is equivalent to x.y.\nWhen a default argument is given, it is returned when the attribute doesn't\nexist; without it, an exception is raised in that case.",
     NULL},
    {"hasattr", "Return whether the object has an attribute with the given name.\n\nThis is done by calling getattr(obj, name) and catching AttributeError.",
     "($module, obj, name, /)"},
    {"hash", "Return the hash value for the given object.\n\nTwo objects that compare equal must also have the same hash value, but the\nreverse is not necessarily true.",
     "($module, obj, /)"},
    {"hex", "Return the hexadecimal representation of an integer.\n\n   >>> hex(12648430)\n   '0xc0ffee'",
     "($module, number, /)"},
    {"id", "Return the identity of an object.\n\nThis is guaranteed to be unique among simultaneously existing objects.\n(CPython uses the object's memory address.)",
     "($module, obj, /)"},
    {"isinstance", "Return whether an object is an instance of a class or of a subclass thereof.\n\nA tuple, as in ``isinstance(x, (A, B, ...))``, may be given as the target to\ncheck against. This is equivalent to ``isinstance(x, A) or isinstance(x, B)\nor ...`` etc.",
     "($module, obj, class_or_tuple, /)"},
    {"issubclass", "Return whether 'cls' is derived from another class or is the same class.\n\nA tuple, as in ``issubclass(x, (A, B, ...))``, may be given as the target to\ncheck against. This is equivalent to ``issubclass(x, A) or issubclass(x, B)\nor ...``.",
     "($module, cls, class_or_tuple, /)"},
    {"iter", "iter(iterable) -> iterator\niter(callable, sentinel) -> iterator\n\nGet an iterator from an object.  In the first form, the argument must\nsupply its own iterator, or be a sequence.\nIn the second form, the callable is called until it returns the sentinel.",
     NULL},
    {"len", "Return the number of items in a container.",
     "($module, obj, /)"},
    {"max", "max(iterable, *[, default=obj, key=func]) -> value\nmax(arg1, arg2, *args, *[, key=func]) -> value\n\nWith a single iterable argument, return its biggest item. The\ndefault keyword-only argument specifies an object to return if\nthe provided iterable is empty.\nWith two or more positional arguments, return the largest argument.",
     NULL},
    {"min", "min(iterable, *[, default=obj, key=func]) -> value\nmin(arg1, arg2, *args, *[, key=func]) -> value\n\nWith a single iterable argument, return its smallest item. The\ndefault keyword-only argument specifies an object to return if\nthe provided iterable is empty.\nWith two or more positional arguments, return the smallest argument.",
     NULL},
    {"next", "next(iterator[, default])\n\nReturn the next item from the iterator. If default is given and the iterator\nis exhausted, it is returned instead of raising StopIteration.",
     NULL},
    {"oct", "Return the octal representation of an integer.\n\n   >>> oct(342391)\n   '0o1234567'",
     "($module, number, /)"},
    {"ord", "Return the ordinal value of a character.\n\nIf the argument is a one-character string, return the Unicode code\npoint of that character.\n\nIf the argument is a bytes or bytearray object of length 1, return its\nsingle byte value.",
     "($module, character, /)"},
    {"pow", "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments\n\nSome types, such as ints, are able to use a more efficient algorithm when\ninvoked using the three argument form.",
     "($module, /, base, exp, mod=None)"},
    {"print", "Prints the values to a stream, or to sys.stdout by default.\n\n  sep\n    string inserted between values, default a space.\n  end\n    string appended after the last value, default a newline.\n  file\n    a file-like object (stream); defaults to the current sys.stdout.\n  flush\n    whether to forcibly flush the stream.",
     "($module, /, *args, sep=' ', end='\\n', file=None, flush=False)"},
    {"repr", "Return the canonical string representation of the object.\n\nFor many object types, including most builtins, eval(repr(obj)) == obj.",
     "($module, obj, /)"},
    {"round", "Round a number to a given precision in decimal digits.\n\nThe return value is an integer if ndigits is omitted or None.  Otherwise\nthe return value has the same type as the number.  ndigits may be negative.",
     "($module, /, number, ndigits=None)"},
    {"setattr", "Sets the named attribute on the given object to the specified value.\n\nsetattr(x, 'y', v) is equivalent to ``x.y = v``",
     "($module, obj, name, value, /)"},
    {"sorted", "Return a new list containing all items from the iterable in ascending order.\n\nA custom key function can be supplied to customize the sort order, and the\nreverse flag can be set to request the result in descending order.",
     "($module, iterable, /, *, key=None, reverse=False)"},
    {"sum", "Return the sum of a 'start' value (default: 0) plus an iterable of numbers\n\nWhen the iterable is empty, return the start value.\nThis function is intended specifically for use with numeric values and may\nreject non-numeric types.",
     "($module, iterable, /, start=0)"},
};

bool builtin_docs_find(const char *name, const char **doc, const char **signature) {
    size_t lo = 0, hi = sizeof builtin_docs / sizeof *builtin_docs;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(builtin_docs[mid].name, name);
        if (c == 0) {
            *doc = builtin_docs[mid].doc;
            *signature = builtin_docs[mid].signature;
            return true;
        }
        if (c < 0) lo = mid + 1;
        else hi = mid;
    }
    return false;
}
