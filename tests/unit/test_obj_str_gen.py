# Regenerates tests/unit/test_obj_str_table.h and test_obj_bytes_table.h: each case below is
# evaluated by CPython 3.14 and becomes a row {kind, a, b, args, expected} of the C tables that
# test_obj_str.c and test_obj_bytes.c run through moat (see test_obj_str_cases.h). Arguments
# are written back as canonical literals (their repr), which the C harness reads.
# Run it under CPython 3.14, e.g. the Pyodide oracle:
#   node -e 'import("pyodide").then(async ({loadPyodide}) => { const py = await loadPyodide();
#     py.FS.mkdirTree("/out"); py.FS.mount(py.FS.filesystems.NODEFS, {root: "tests/unit"}, "/out");
#     py.runPython(require("fs").readFileSync("tests/unit/test_obj_str_gen.py", "utf8")); })'
import ast
INT64 = (-2**63, 2**63 - 1)

def ok_value(v):
    if isinstance(v, bool) or v is None: return True
    if isinstance(v, int): return INT64[0] <= v <= INT64[1]
    if isinstance(v, (float, str, bytes)): return True
    if isinstance(v, (tuple, list)): return all(ok_value(x) for x in v)
    if isinstance(v, dict): return all(ok_value(k) and ok_value(x) for k, x in v.items())
    if isinstance(v, slice): return all(ok_value(x) for x in (v.start, v.stop, v.step))
    return False

def lit(v):
    if isinstance(v, slice):
        return f"slice({lit(v.start)}, {lit(v.stop)}, {lit(v.step)})"
    if isinstance(v, tuple):
        if len(v) == 1: return f"({lit(v[0])},)"
        return "(" + ", ".join(lit(x) for x in v) + ")"
    if isinstance(v, list): return "[" + ", ".join(lit(x) for x in v) + "]"
    if isinstance(v, dict): return "{" + ", ".join(f"{lit(k)}: {lit(x)}" for k, x in v.items()) + "}"
    return repr(v)

def cstr(s):
    out = []
    for ch in s:
        if ch == '\\': out.append('\\\\')
        elif ch == '"': out.append('\\"')
        elif ch == '\n': out.append('\\n')
        elif ord(ch) < 32: out.append('\\x%02x""' % ord(ch))
        else: out.append(ch)
    return '"' + ''.join(out) + '"'

def outcome(src):
    try:
        v = eval(src)
        return repr(v)
    except Exception as e:
        return f"{type(e).__name__}: {e}"

def args_text(call):
    parts = []
    for a in call.args:
        v = eval(compile(ast.Expression(a), '<a>', 'eval'))
        if not ok_value(v): return None
        parts.append(lit(v))
    for k in call.keywords:
        v = eval(compile(ast.Expression(k.value), '<a>', 'eval'))
        if not ok_value(v): return None
        parts.append(f"{k.arg}={lit(v)}")
    return ", ".join(parts)

def val(node):
    v = eval(compile(ast.Expression(node), '<a>', 'eval'))
    return lit(v) if ok_value(v) else None

OPS = {ast.Add: '+', ast.Mult: '*', ast.Mod: '%', ast.Lt: '<', ast.LtE: '<=', ast.Gt: '>', ast.GtE: '>=', ast.Eq: '==', ast.NotEq: '!=', ast.In: 'in'}

def row(src):
    e = ast.parse(src, mode='eval').body
    exp = outcome(src)
    if isinstance(e, ast.Call) and isinstance(e.func, ast.Attribute):
        recv = val(e.func.value); a = args_text(e)
        if recv is None or a is None: return None
        return ('M', recv, e.func.attr, a, exp)
    if isinstance(e, ast.Call) and isinstance(e.func, ast.Name):
        a = args_text(e)
        if a is None: return None
        return ('F', e.func.id, '', a, exp)
    if isinstance(e, ast.BinOp):
        x, y = val(e.left), val(e.right)
        if x is None or y is None: return None
        return ('O', x, OPS[type(e.op)], y, exp)
    if isinstance(e, ast.Compare):
        x, y = val(e.left), val(e.comparators[0])
        if x is None or y is None: return None
        return ('O', x, OPS[type(e.ops[0])], y, exp)
    if isinstance(e, ast.Subscript):
        x = val(e.value)
        s = e.slice
        if isinstance(s, ast.Slice):
            parts = [eval(compile(ast.Expression(p), '<a>', 'eval')) if p else None for p in (s.lower, s.upper, s.step)]
            y = lit(slice(*parts)) if all(ok_value(p) for p in parts) else None
        else:
            y = val(s)
        if x is None or y is None: return None
        return ('O', x, '[]', y, exp)
    raise ValueError(src)

def gen(source, name):
    lines = [l for l in source.split('\n') if l.strip()]
    out = [f"static const StrCase {name}[] = {{"]
    skipped = 0
    for l in lines:
        r = row(l)
        if r is None:
            skipped += 1
            continue
        out.append("    {" + ", ".join(cstr(x) if i else f"'{x}'" for i, x in enumerate(r)) + "},")
    out.append("};")
    return "\n".join(out), skipped


STR_METHODS = r"""
'a b  c'.split()
' a b  c '.split(None, 1)
' a b  c '.rsplit(None, 1)
'a,b,,c'.split(',')
'a,b,,c'.rsplit(',', 2)
''.split()
''.split(',')
'  '.split()
'a b'.split(maxsplit=0)
' a b '.split(maxsplit=0)
' a b '.rsplit(maxsplit=0)
'a\u3000b\x85c'.split()
'aéb'.split('é')
'a1b1c'.rsplit('1', maxsplit=1)
'a'.split(1)
'a'.split(sep=1)
'a'.split('')
'a'.split(1,2,3)
'a'.split('a', 'b')
'a'.split(x=1)
'a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l'.splitlines()
'a\nb\r\n'.splitlines(True)
'a\nb'.splitlines(keepends=True)
''.splitlines()
'\n'.splitlines()
'a'.splitlines(1, 2)
'abc'.find('c', -1)
'abc'.find('', 3)
'abc'.find('', 4)
'abc'.rfind('')
'abc'.rfind('', 1, 2)
'abcabc'.rfind('b', 0, 4)
'aaa'.count('a', 1)
'abc'.count('')
'abc'.count('', 2)
'abc'.count('', 4)
'aaaa'.count('aa')
'éaé'.find('é', 1)
'éaé'.rfind('a')
'éaéa'.count('a', 2)
'aéa'.count('')
'abc'.find('b', None, None)
'a'.find()
'a'.find(1)
'a'.find('a', 'x')
'a'.find('a', 1, 2, 3)
'a'.find(x='a')
'a'.index('b')
'abc'.index('c')
'a'.rindex('b')
'abcb'.rindex('b')
'abc'.index('x', 0, 1)
'a'.count()
'a'.count('a', 1.5)
'abc'.startswith('bc', 1)
'abc'.endswith('ab', 0, 2)
'abc'.endswith('', 5)
'abc'.startswith(())
'é'.startswith('', 1)
'é'.startswith('', 2)
'abc'.startswith(('x', 'ab'))
'abc'.endswith(('x', 'bc'), -2)
'a'.startswith(1)
'a'.startswith((1,))
'a'.startswith()
'a'.endswith(['a'])
'a'.startswith('a', 'b')
'abc'.removeprefix('ab')
'abc'.removesuffix('bc')
'abc'.removeprefix('')
'abc'.removesuffix('x')
'a'.removeprefix(1)
'a'.removesuffix()
'abc'.partition('b')
'abc'.partition('x')
'abc'.rpartition('x')
'abcb'.rpartition('b')
'aéb'.partition('é')
'a'.partition('')
'a'.partition(1)
'a'.rpartition()
'  x  '.strip()
'xxaxx'.strip('x')
'xyaxy'.lstrip('yx')
'xyaxy'.rstrip('yx')
'é a é'.strip('é ')
'\u3000a\x85'.strip()
'abc'.strip('')
'abc'.strip(None)
'a'.strip(1)
'a'.lstrip(1)
'a'.rstrip(1)
'a'.strip(1, 2)
'abc'.center(6, '*')
'abc'.center(7, '*')
'ab'.center(5)
'ab'.center(6)
'a'.center(4)
'abc'.center(2)
'a'.center(-5)
'é'.center(3, 'ü')
'a'.ljust(3)
'a'.rjust(3, '-')
'a'.ljust(3, 'é')
'a'.center()
'a'.center(1.5)
'a'.center(5, 'ab')
'a'.center(5, 1)
'a'.ljust(5, '')
'a'.center(5, fillchar='x')
'-42'.zfill(6)
'+x'.zfill(4)
'x'.zfill(3)
'-'.zfill(3)
''.zfill(2)
'abc'.zfill(1)
'a'.zfill('a')
'a'.zfill()
'a\tb\nc\td'.expandtabs()
'\tx'.expandtabs(0)
'12345\tx'.expandtabs(4)
'é\tx'.expandtabs(4)
'a\tb'.expandtabs(-1)
'a\r\tb'.expandtabs(tabsize=3)
'a'.expandtabs('a')
'abc'.replace('', '-')
'abc'.replace('', '-', 2)
'aaa'.replace('a', 'bb', 2)
'aaa'.replace('aa', 'x')
''.replace('', 'x')
'abc'.replace('b', '')
'abc'.replace('', '')
'aéa'.replace('a', 'ü')
'aéa'.replace('é', 'e')
'abc'.replace('b', 'x', count=0)
'abc'.replace('b', 'x', -1)
'a'.replace(1, 'b')
'a'.replace('a', 1)
'a'.replace('a', 'b', 'c')
'a'.replace('a')
'a'.replace('a', 'b', 1, 2)
'a'.replace('a', 'b', x=2)
'a'.replace(old='a', new='b')
'x'.join([])
'x'.join(['a'])
'x'.join(('a', 'b'))
''.join('abc')
'é'.join(['a', 'b'])
', '.join(['a', 'é', ''])
'a'.join(1)
'a'.join([1])
'a'.join(['a', 2])
'a'.join()
'a'.join(x=1)
'Straße'.upper()
'ΣΑΣ ΟΔΟΣ'.lower()
'ǆa'.title()
'ǆa'.capitalize()
'ß'.title()
'ﬁx'.title()
'hello world'.title()
"they're bill's".title()
'AbC'.swapcase()
'İ'.lower()
'ß'.casefold()
'Σ'.lower()
'AΣ'.lower()
'AΣb'.lower()
'AΣ.b'.lower()
'A.Σ'.lower()
"A'Σ".lower()
'ΑΣ'.swapcase()
'ΑΣ ΑΣ'.title()
'hELLO wORLD'.capitalize()
'ŉ'.upper()
'ǰ'.title()
'Ꭰ'.casefold()
'ꭰ'.upper()
'ǅ'.swapcase()
'ǅ'.lower()
'123abc'.title()
'a'.lower(1)
'a'.upper(x=1)
'a1'.isalnum()
''.isalnum()
'²'.isdigit()
'²'.isdecimal()
'一'.isnumeric()
'½'.isnumeric()
'٣'.isdecimal()
''.isascii()
'é'.isascii()
''.isprintable()
'\n'.isprintable()
'é\u200b'.isprintable()
' \t'.isspace()
''.isspace()
'\x1c'.isspace()
'Hello World'.istitle()
'Hello world'.istitle()
'HW'.istitle()
''.istitle()
'a1'.islower()
'1'.islower()
'A1'.isupper()
'ǅ'.istitle()
'ǅ'.isupper()
'ª'.islower()
'Ⅰ'.isupper()
'_a1'.isidentifier()
'1a'.isidentifier()
''.isidentifier()
'ĉ'.isidentifier()
'a b'.isidentifier()
'℘x'.isidentifier()
'a'.isalpha(1)
'abc'.translate({97: 'xy', 98: None, 99: 100})
'abc'.translate({97: ''})
'abc'.translate([])
'aaa'.translate({97: 'é'})
'éa'.translate({233: 97})
'a'.translate(1)
'a'.translate({97: 1.5})
'a'.translate({97: 0x110000})
'a'.translate({97: -1})
'a'.translate()
'a'.maketrans('ab', 'cd')
'a'.maketrans('ab', 'cd', 'ef')
'a'.maketrans({'a': 1, 98: 'x', 'c': None})
'a'.maketrans(1)
'a'.maketrans('ab', 'c')
'a'.maketrans({1.5: 'a'})
'a'.maketrans({'ab': 'a'})
'a'.maketrans('a', 'b', 1)
'a'.maketrans()
'a'.maketrans(1, 2, 3, 4)
'a'.maketrans('a', 1)
'a'.maketrans(1, 'a')
'a'.maketrans({}, 'a')
'a'.encode()
'é'.encode()
'é'.encode('latin-1')
'é€'.encode('latin-1', 'replace')
'é'.encode('ascii', 'xmlcharrefreplace')
'é\U0001F600'.encode('ascii', 'backslashreplace')
'aéb'.encode('ascii', 'ignore')
'ab'.encode('UTF8')
'ab'.encode('Latin_1')
'ab'.encode('US-ASCII')
'ab'.encode(encoding='utf_8', errors='strict')
'\ud800'.encode()
'\ud800\udc00x'.encode()
'a\ud800'.encode('utf-8', 'surrogatepass')
'\udcff'.encode('utf-8', 'surrogateescape')
'\ud800'.encode('utf-8', 'replace')
'éé€'.encode('latin-1')
'xéé'.encode('ascii')
'é'.encode('ascii', 'foo')
'a'.encode('ascii', 'foo')
'a'.encode('foo')
'a'.encode(1)
'a'.encode(errors=1)
'a'.encode('utf-8', 'strict', 1)
'{}{}'.format(1, 'a')
'{1}{0}'.format(1, 'a')
'{x}{y[1]}'.format(x=1, y=[2, 3])
'{{}}{}'.format(5)
'{:{}.{}f}'.format(3.14159, 8, 2)
'{:>5}|{:<5}|{:^5}|{:*^6}'.format('a', 'b', 'c', 'd')
'{!r}{!s}{!a}'.format('é', 'é', 'é')
'{0}{0}'.format(1)
'{:,}'.format(1234567)
'{:08.3f}'.format(-1.5)
'{:x}'.format(255)
'{:#b}'.format(5)
'{:e}'.format(12345.678)
'{:%}'.format(0.5)
'{:s}'.format('x')
'{}'.format(None)
'{:}'.format([1])
'{0:>{1}}'.format('x', 3)
'{0[0]}'.format({0: 'a'})
'{0[x]}'.format({'x': 1})
'{[0]}'.format('ab')
'{0[1][0]}'.format([0, 'xy'])
'{!r:>6}'.format('a')
'{:d}'.format(True)
'{}'.format(True)
'{:5}'.format(True)
'{0!r:}'.format(1)
'{00}'.format(1)
'{0}'.format()
'{}'.format()
'{a}'.format()
'{'.format()
'}'.format()
'a{'.format()
'{0[0]}'.format([])
'{0!x}'.format(1)
'{:d}'.format('a')
'{:x}'.format([])
'{}{0}'.format(1)
'{0}{}'.format(1, 2)
'{:{}}'.format(1)
'{0:{a}{b}}'.format(1, a='>', b=5)
'{0!}'.format(1)
'{0!rr}'.format(1)
'{0:}}'.format(1)
'{0[}'.format(1)
'{0]}'.format(1)
'{:{:{}}}'.format(1, 2, 3)
'{0.}'.format(1)
'{0[]}'.format(1)
'{0[-1]}'.format('abc')
'{-1}'.format('abc')
'{ }'.format(1)
'{0[0]x}'.format([1])
'{0!'.format(1)
'{a{}'.format(1)
'{:>{w}}'.format('a', w=4)
'{name}'.format_map({'name': 'x'})
'{0}'.format_map({})
'{}'.format_map({})
'{a}'.format_map({})
'{a}'.format_map(1)
'a'.format_map(1)
'a'.format_map()
"""

STR_OPS = r"""
'a' + 'b'
'a' + ''
'' + 'é'
'a' + 1
'ab' * 3
3 * 'ab'
'é' * 2
'a' * 0
'a' * -1
'a' * True
'a' * 1.5
1.5 * 'a'
'a' * 'b'
'a' < 'b'
'a' < 'ab'
'é' > 'z'
'\U0001F600' > '\uffff'
'abc' <= 'abc'
'b' >= 'a'
'a' == 'a'
'a' != 'a'
'a' == 1
'a' < 1
'a' in 'cat'
'' in 'cat'
'x' in 'cat'
'é' in 'café'
1 in 'a'
'abc'[1]
'abc'[-1]
'abc'[3]
'abc'[-4]
'aéc'[1]
'aé😀c'[2]
'aé😀c'[-1]
'abc'['x']
'abc'[1.5]
'abc'[True]
'abcdef'[1:4]
'abcdef'[::2]
'abcdef'[::-1]
'aé😀c'[::-1]
'aé😀c'[1:3]
'aé😀c'[-2:]
'abc'[5:]
'abc'[:-5]
'abcdef'[4:1:-1]
'abc'[::0]
'abc'['a':]
repr('a')
repr("'")
repr('"')
repr('\'"')
repr('\\')
repr('a\nb\tc\rd')
repr('\x00\x1f\x7f\x80\xa0\xad')
repr('é😀\u200b\U000e0000\ud800\ufeff')
repr('\U0010ffff\u0378')
ascii('aé\U0001F600\u200b')
ascii("'")
len('aé😀')
len('')
list('aé😀')
list('')
'%s|%5s|%-5s|%.1s' % ('a', 'b', 'c', 'de')
'%r' % 'é'
'%a' % 'é'
'%c%c' % (65, 'é')
'%5.1f%%' % 12.34
'%(x)s-%(y)r' % {'x': 1, 'y': 'z'}
'%d' % 'a'
'%s %s' % (1,)
'%s' % (1, 2)
'%(a)s' % 1
'%(a)s' % {}
'%z' % 1
'%c' % 'ab'
'%c' % 1.5
'%x' % 1.5
'%d' % [1]
'%' % ()
'%*d' % ('a', 1)
'%.*d' % ('a', 1)
'a' % 1
'a' % ()
'a' % []
'a' % {}
'%s' % []
'%s' % {'a': 1}
'%(a)s %s' % {'a': 1}
'%s %(a)s' % {'a': 1}
'%5.2r' % 'abc'
'%-5c|' % 'x'
'%c' % 0x110000
'%i %u' % (3.7, -2.5)
'%o' % 1.5
'%e' % 'a'
'%f' % None
'%d' % True
'%x' % True
'%.3s' % 'abcdef'
'%%%s' % 1
'%(a)s%%' % {'a': 2}
'%5%' % ()
'%5%' % (1,)
'%-*d|' % (-5, 3)
'%(a)*d' % {'a': 1}
'% d' % 5
'%#o %#x %#X' % (8, 255, 255)
'%+.3e' % 1234.5
'%s' % ()
'%r' % ('\n',)
'%08.3f' % -3.14159
'%.0f' % 2.5
'%g' % 1e20
'%10.4g|' % 3.14159
'%c' % -1
'%#5x' % 17
'%s' % b'x'
'%(' % {}
'%(a' % {'a': 1}
'%' % 1
'%s %' % 1
'%-s' % 'x'
'%ld' % 5
'%hd %Ld' % (5, 6)
'%s' % (1,)
'%s' % ((1,),)
'%d' % 3.99
'%d' % -3.99
'%(a)s' % {'a': 1, 'b': 2}
'%s %s' % [1, 2]
'%(a)s' % []
'%(a)s' % 'x'
'%(a)s %(a)r' % {'a': 'é'}
'%(a(b))s' % {'a(b)': 1}
'%é' % 1
'%\x01' % 1
'%10s|' % 'é'
'%-6.2f|' % 3.14159
'%05d' % -42
'%+d % d' % (5, 5)
'%x %X %o' % (-255, 255, -8)
'%.3d' % 7
'%e' % 0.0
'%G' % 1e-10
'%F' % float('inf')
'%d' % float('nan')
'%d' % float('inf')
'%d' % 1e20
'%c' % True
str()
str(1)
str('a')
str([1, 'a'])
str(b'a')
str(b'\xc3\xa9', 'utf-8')
str(b'caf\xe9', 'latin-1')
str(b'\xff', 'utf-8', 'replace')
str(b'\xff\xfe', 'utf-8', 'replace')
str(b'\xffa\xfe', 'utf-8', 'backslashreplace')
str(b'\xffa', 'utf-8', 'ignore')
str(b'\xe4\xbd', 'utf-8', 'replace')
str(b'\xff', 'utf-8', 'surrogateescape')
str(b'\xed\xa0\x80', 'utf-8', 'surrogatepass')
str(b'\xff', 'ascii', 'replace')
str(b'abc', encoding='ascii')
str(object=b'abc')
str(object='x')
str(encoding='utf-8')
str(1, 'utf-8')
str('a', 'utf-8')
str(b'\xff', 'utf-8')
str(b'\xff', 'foo')
str(b'\xff', 'utf-8', 'foo')
str(b'a', 'utf-8', 'foo')
str(b'a', 1)
str(b'a', errors=1)
str(1, 2, 3, 4)
str(x=1)
str(b'\xe4\xbd', 'utf-8')
str(b'\xe4\xbd\x41', 'utf-8')
str(b'\xed\xa0\x80', 'utf-8')
str(b'\x80abc', 'ascii')
str(b'ab\xf0\x9f\x98', 'utf-8')
str(b'\xc0\x80', 'utf-8')
str(b'\xf4\x90\x80\x80', 'utf-8')
format(True)
format(True, 'd')
format(True, '>5')
format(1.0)
format(1.5, '.2f')
format(1234, '_x')
format('é', '^5')
format('abc', '.2')
format(None)
format(b'x')
format([], 'x')
format(1, 'q')
format('a', 'd')
format(1.5, 'd')
format(True, 's')
format(None, '>5')
format('a', '=5')
format('a', '+')
format(1, ',d')
format(-0.0, 'z.1f')
"""

BYTES_METHODS = r"""
b'a'.find()
b'a'.find(b'a', 'x')
b'a'.index(b'b')
b'a'.rindex(b'b')
b'a'.count(1.5)
b'a'.startswith('a')
b'a'.startswith(('a',))
b'a'.endswith(1)
b'a'.split(sep='a')
b'a'.split(b'')
b'a'.rsplit(1, 2, 3)
b'a'.strip('a')
b'a'.lstrip(1)
b'a'.strip(1, 2)
b'a'.join(1)
b'a'.join([b'a', 'b'])
b'a'.replace(b'a')
b'a'.replace(b'a', 1)
b'a'.partition('a')
b'a'.partition(b'')
b'a'.center()
b'a'.center(5, b'ab')
b'a'.ljust(5, 1)
b'a'.zfill('a')
b'a'.upper(1)
b'a'.isdigit(1)
b'a'.decode(1)
b'a'.decode('foo')
b'\xff'.decode()
b'\xff'.decode('ascii', 'replace')
b'\xffa\xfe'.decode('utf-8', 'backslashreplace')
b'\xffa'.decode('utf-8', 'ignore')
b'\xe4\xbd'.decode('utf-8', 'replace')
b'\xff'.decode('utf-8', 'surrogateescape')
b'\xff'.decode('latin-1')
b'caf\xc3\xa9'.decode()
b'caf\xc3\xa9'.decode(errors='strict', encoding='utf8')
b'a'.decode('ascii', 'strict', 1)
b'a'.hex()
b'a'.hex(':')
b'abc'.hex(':')
b'abcdef'.hex(':', 2)
b'abcdef'.hex(':', -2)
b'abcde'.hex(':', 2)
b'abcde'.hex('-', -2)
b'abc'.hex('::')
b'abc'.hex(b'-')
b'abc'.hex(1)
b''.hex(':')
b'\x00\xff'.hex()
b'a'.fromhex('01 02 ff')
b'a'.fromhex(' 0 1')
b'a'.fromhex('01é')
b'a'.fromhex(b'0102')
b'a'.fromhex('0g')
b'a'.fromhex('01 0')
b'a'.fromhex('\t01\n')
b'a'.fromhex('AbCd')
b'a'.fromhex(1)
b'a'.fromhex('')
b'a'.splitlines(1, 2)
b'a\nb\r\nc\rd\x0be'.splitlines()
b'a\n'.splitlines(True)
b'  a b '.split()
b'a\x1cb'.split()
b'a,b'.split(b',')
b'a,b,c'.rsplit(b',', 1)
b' a b c '.rsplit(None, 1)
b'a b c'.split(maxsplit=1)
b'xax'.strip(b'x')
b' a '.strip()
b' a '.lstrip()
b' a '.rstrip(None)
b'abc'.removeprefix(b'ab')
b'abc'.removesuffix(b'bc')
b'abc'.partition(b'b')
b'abc'.rpartition(b'x')
b'abcb'.rpartition(b'b')
b'abc'.find(98)
b'abc'.find(b'c', 1)
b'abc'.count(b'')
b'abc'.rfind(b'b')
b'abc'.index(99)
b'abc'.find(256)
b'abc'.find('a')
b'abc'.count(b'a', 'x')
b'aaaa'.count(b'aa')
b'abc'.upper()
b'ABC'.lower()
b'aBc'.swapcase()
b'hello world'.title()
b'hello'.capitalize()
b'a\xe9'.upper()
b'12'.isdigit()
b''.isdigit()
b'ab'.isalpha()
b'a1'.isalnum()
b' \t\x0b'.isspace()
b'\x1c'.isspace()
b'ab'.islower()
b'AB'.isupper()
b'Ab'.istitle()
b'\x80'.isascii()
b''.isascii()
b'a'.center(4)
b'a'.center(4, b'*')
b'a'.ljust(3, b'-')
b'a'.rjust(3, b'-')
b'-5'.zfill(4)
b'a'.center(3, 'a')
b'x'.join([b'a', b'b'])
b''.join([])
b'-'.join((b'a',))
b'aaa'.replace(b'a', b'bb', 2)
b'abc'.replace(b'', b'-')
b'abc'.replace(b'', b'-', 2)
b'a'.replace('a', 'b')
b'a\tb'.expandtabs(4)
b'a\tb\n\tc'.expandtabs()
b'abc'.startswith(b'bc', 1)
b'abc'.endswith((b'x', b'c'))
"""

BYTES_OPS = r"""
repr(b"'")
repr(b'"')
repr(b'\'"')
repr(b'\x00\x7f\x80\xff\\\n\r\t')
repr(b'')
str(b'ab')
bytes()
bytes(3)
bytes([1, 2])
bytes((65,))
bytes(b'ab')
bytes('é', 'utf-8')
bytes('é', 'latin-1')
bytes('é', 'ascii', 'replace')
bytes(True)
bytes(encoding='utf-8')
bytes(b'a', 'utf-8')
bytes(1, errors='strict')
bytes('a', errors='strict')
bytes([-1])
bytes([256])
bytes([1.5])
bytes(['a'])
bytes(-1)
bytes('a')
bytes(1.5)
bytes('a', 'foo')
bytes(1, 'utf-8')
bytes('a', 1)
b'ab'[0]
b'ab'[-1]
b'ab'[2]
b'abc'[1:]
b'abc'[::-1]
b'abc'[::2]
b'abc'[:]
b'a'['x']
b'a'[1.5]
b'ab' * 2
2 * b'ab'
b'a' * 0
b'a' * 1.5
b'a' + b'b'
b'a' + 'a'
b'a' + 1
'a' + b'a'
b'a' < b'b'
b'a' == b'a'
b'a' == 'a'
b'a' != b'b'
b'ab' >= b'a'
b'a' < 'a'
97 in b'a'
b'b' in b'abc'
b'' in b'abc'
'x' in b'a'
256 in b'a'
-1 in b'a'
len(b'abc')
list(b'ab')
list(b'')
"""


def write(path, guard, parts):
    text = ["// Generated by tests/unit/test_obj_str_gen.py from CPython 3.14; do not edit.",
            f"#ifndef {guard}", f"#define {guard}", "", '#include "test_obj_str_cases.h"', ""]
    for source, name in parts:
        table, skipped = gen(source, name)
        assert skipped == 0, (name, skipped)
        text += [table, ""]
    text.append("#endif")
    open(path, "w").write("\n".join(text) + "\n")


write("/out/test_obj_str_table.h", "MOAT_TESTS_UNIT_TEST_OBJ_STR_TABLE_H",
      [(STR_METHODS, "str_method_cases"), (STR_OPS, "str_op_cases")])
write("/out/test_obj_bytes_table.h", "MOAT_TESTS_UNIT_TEST_OBJ_BYTES_TABLE_H",
      [(BYTES_METHODS, "bytes_method_cases"), (BYTES_OPS, "bytes_op_cases")])
