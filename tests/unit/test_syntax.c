// Syntax rules: each row is a source CPython 3.14 rejects, with the class, message and line
// of its SyntaxError (confirmed against the Pyodide oracle).
#include <string.h>

#include "parser/parser.h"
#include "suites.h"

static const struct {
    const char *src, *exc, *msg;
    unsigned line;
} rows[] = {
    {"print 'x'\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1},
    {"f() = 1\n", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1},
    {"x = 1\n1 = x\n", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 2},
    {"None = 1\n", "SyntaxError", "cannot assign to None", 1},
    {"(a, 1) = x\n", "SyntaxError", "cannot assign to literal", 1},
    {"del f()\n", "SyntaxError", "cannot delete function call", 1},
    {"for 1 in x: pass\n", "SyntaxError", "cannot assign to literal", 1},
    {"a, b += 1\n", "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1},
    {"return 1\n", "SyntaxError", "'return' outside function", 1},
    {"yield 1\n", "SyntaxError", "'yield' outside function", 1},
    {"def f():\n    [(yield x) for x in y]\n", "SyntaxError", "'yield' inside list comprehension", 2},
    {"break\n", "SyntaxError", "'break' outside loop", 1},
    {"while x:\n    def f():\n        continue\n", "SyntaxError", "'continue' not properly in loop", 3},
    {"def f():\n    await x\n", "SyntaxError", "'await' outside async function", 2},
    {"def f():\n    async for x in y: pass\n", "SyntaxError", "'async for' outside async function", 2},
    {"nonlocal x\n", "SyntaxError", "nonlocal declaration not allowed at module level", 1},
    {"def f():\n    nonlocal x\n", "SyntaxError", "no binding for nonlocal 'x' found", 2},
    {"def f(a, a): pass\n", "SyntaxError", "duplicate argument 'a' in function definition", 1},
    {"def f(a):\n    global a\n", "SyntaxError", "name 'a' is parameter and global", 2},
    {"def f():\n    x = 1\n    global x\n", "SyntaxError", "name 'x' is assigned to before global declaration", 3},
    {"def f():\n    print(x)\n    global x\n", "SyntaxError", "name 'x' is used prior to global declaration", 3},
    {"def f():\n    from m import *\n", "SyntaxError", "import * only allowed at module level", 2},
    {"from __future__ import braces\n", "SyntaxError", "not a chance", 1},
    {"x = 1\nfrom __future__ import annotations\n", "SyntaxError", "from __future__ imports must occur at the beginning of the file", 2},
    {"f(a=1, a=2)\n", "SyntaxError", "keyword argument repeated: a", 1},
    {"def f(a=1, b): pass\n", "SyntaxError", "parameter without a default follows parameter with a default", 1},
    {"def f(*): pass\n", "SyntaxError", "named arguments must follow bare *", 1},
    {"b'\xc3\xa9'\n", "SyntaxError", "bytes can only contain ASCII literal characters", 1},
    {"'a' b'b'\n", "SyntaxError", "cannot mix bytes and nonbytes literals", 1},
    {"try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n", "SyntaxError", "default 'except:' must be last", 3},
    {"try:\n    pass\nexcept A, B as e:\n    pass\n", "SyntaxError", "multiple exception types must be parenthesized when using 'as'", 3},
    {"try:\n    pass\nexcept A as e.x:\n    pass\n", "SyntaxError", "cannot use except statement with attribute", 3},
    {"try:\n    pass\nexcept A B:\n    pass\n", "SyntaxError", "invalid syntax", 3},
    {"try:\n    pass\nexcept*:\n    pass\n", "SyntaxError", "expected one or more exception types", 3},
    {"x = t'a' 'b'\n", "SyntaxError", "cannot mix t-string literals with string or bytes literals", 1},
    {"x = t'{x!z}'\n", "SyntaxError", "t-string: invalid conversion character 'z': expected 's', 'r', or 'a'", 1},
    {"type X[] = int\n", "SyntaxError", "Type parameter list cannot be empty", 1},
    {"class C[T, *T]: pass\n", "SyntaxError", "duplicate type parameter 'T'", 1},
    {"def f[T = int, U](): pass\n", "SyntaxError", "non-default type parameter 'U' follows default type parameter", 1},
    {"type X[**P: int] = int\n", "SyntaxError", "cannot use bound with ParamSpec", 1},
    {"def f[1](): pass\n", "SyntaxError", "expected '('", 1},
    {"def f(__debug__): pass\n", "SyntaxError", "cannot assign to __debug__", 1},
    {"import a as __debug__\n", "SyntaxError", "cannot assign to __debug__", 1},
    {"f(__debug__=1)\n", "SyntaxError", "cannot assign to __debug__", 1},
    {"while x:\n    try:\n        pass\n    except* E:\n        break\n", "SyntaxError", "'break', 'continue' and 'return' cannot appear in an except* block", 5},
    {"x = [i := 0 for i in y]\n", "SyntaxError", "assignment expression cannot rebind comprehension iteration variable 'i'", 1},
    {"x = [a for a in (b := c)]\n", "SyntaxError", "assignment expression cannot be used in a comprehension iterable expression", 1},
    {"class C:\n    x = [(y := i) for i in z]\n", "SyntaxError", "assignment expression within a comprehension cannot be used in a class body", 2},
    {"x = [j for i in a if (j := i) for j in b]\n", "SyntaxError", "comprehension inner loop cannot rebind assignment expression target 'j'", 1},
    {"class C(a=1, a=2): pass\n", "SyntaxError", "keyword argument repeated: a", 1},
    {"def f():\n    global x\n    x: int = 1\n", "SyntaxError", "annotated name 'x' can't be global", 3},
    {"def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n", "SyntaxError", "name 'x' is nonlocal and global", 4},
    {"def f():\n    from __future__ import annotations\n", "SyntaxError", "from __future__ imports must occur at the beginning of the file", 2},
    {"async def f():\n    yield 1\n    return 2\n", "SyntaxError", "'return' with value in async generator", 3},
    {"def f(x: (yield)): pass\n", "SyntaxError", "yield expression cannot be used within an annotation", 1},
    {"type X = (x := 1)\n", "SyntaxError", "named expression cannot be used within a type alias", 1},
    {"type X[T: (y := int)] = T\n", "SyntaxError", "named expression cannot be used within a TypeVar bound", 1},
    {"class C[T]((yield)): pass\n", "SyntaxError", "yield expression cannot be used within the definition of a generic", 1},
    {"x = 1\ndef if(): pass\n", "SyntaxError", "invalid syntax", 2},
    {"x.if = 1\n", "SyntaxError", "invalid syntax", 1},
    {"raise E, 'm'\n", "SyntaxError", "invalid syntax", 1},
    {"assert a, b, c\n", "SyntaxError", "invalid syntax", 1},
    {"from a import b,\n", "SyntaxError", "trailing comma not allowed without surrounding parentheses", 1},
    {"type (X) = int\n", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1},
    {"x: int: str\n", "SyntaxError", "invalid syntax", 1},
    {"x = y := 1\n", "SyntaxError", "invalid syntax", 1},
    {"lambda: x := 1\n", "SyntaxError", "cannot use assignment expressions with lambda", 1},
    {"f(,)\n", "SyntaxError", "invalid syntax", 1},
    {"x = [a for a in lambda: b]\n", "SyntaxError", "invalid syntax", 1},
    {"x = f'{lambda x: 1}'\n", "SyntaxError", "f-string: lambda expressions are not allowed without parentheses", 1},
    {"x = rr'x'\n", "SyntaxError", "invalid syntax", 1},
    {"if x\n    pass\n", "SyntaxError", "expected ':'", 1},
    {"class C(Base)\n    pass\n", "SyntaxError", "expected ':'", 1},
    {"if x:\n    pass\nelse if y:\n    pass\n", "SyntaxError", "expected ':'", 3},
    {"match x:\n    case 1 pass\n", "SyntaxError", "invalid syntax", 2},
    {"for = 1\n", "SyntaxError", "invalid syntax", 1},
    {"foo(\n    a,\n    b\n", "SyntaxError", "'(' was never closed", 1},
    {"x = [1, 2\n", "SyntaxError", "'[' was never closed", 1},
    {"if (x:\n    pass\n", "SyntaxError", "invalid syntax", 1},
    {"(a.b := 1)\n", "SyntaxError", "cannot use assignment expressions with attribute", 1},
    {"f(True=1)\n", "SyntaxError", "cannot assign to True", 1},
    {"f(a + 1=2)\n", "SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?", 1},
    {"f(a=**b)\n", "SyntaxError", "invalid syntax", 1},
    {"1 += 1\n", "SyntaxError", "'literal' is an illegal expression for augmented assignment", 1},
    {"1: int = 1\n", "SyntaxError", "illegal target for annotation", 1},
};

START_TEST(test_invalid_source_reports_cpython_error) {
    Arena arena;
    arena_init(&arena);
    DiagList dl;
    diag_list_init(&dl, &arena);
    const char *src = rows[_i].src;
    AstModule *m = parser_parse(&arena, src, strlen(src), &dl);
    ck_assert_ptr_nonnull(m);
    ck_assert_msg(dl.count >= 1, "row %d: no diagnostic for %s", _i, src);
    const Diag *d = &dl.items[0];
    ck_assert_str_eq(d->code, "syntax-error");
    ck_assert_str_eq(d->exc, rows[_i].exc);
    ck_assert_msg(strcmp(d->message, rows[_i].msg) == 0, "row %d: got '%s'", _i, d->message);
    ck_assert_uint_eq(d->span.line, rows[_i].line);
    arena_fini(&arena);
}
END_TEST

Suite *syntax_suite(void) {
    Suite *s = suite_create("syntax");
    TCase *tc = tcase_create("rules");
    tcase_add_loop_test(tc, test_invalid_source_reports_cpython_error, 0,
                        (int)(sizeof rows / sizeof *rows));
    suite_add_tcase(s, tc);
    return s;
}
