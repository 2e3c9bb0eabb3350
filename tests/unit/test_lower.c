// Lowering: each row parses a snippet and compares the AST dump's first lines.
#include <dirent.h>
#include <stdio.h>
#include <string.h>

#include "moat.h"

#include "parser/parser.h"
#include "suites.h"

typedef struct DumpBuf {
    char text[4096];
    size_t len;
} DumpBuf;

static void dump_write(void *ctx, const char *s, size_t n) {
    DumpBuf *b = ctx;
    if (b->len + n >= sizeof b->text) n = sizeof b->text - 1 - b->len;
    memcpy(b->text + b->len, s, n);
    b->len += n;
    b->text[b->len] = '\0';
}

static const struct {
    const char *src, *dump;
} rows[] = {
    {"x = 1\n", "Assign @1:0-1:5\n  target: Name @1:0-1:1 x Store\n  value: Constant @1:4-1:5 int 1\n"},
    {"a and b and c\n",
     "Expr @1:0-1:13\n  BoolOp @1:0-1:13 and\n    Name @1:0-1:1 a\n    Name @1:6-1:7 b\n"
     "    Name @1:12-1:13 c\n"},
    {"(a and b) and c\n", "Expr @1:0-1:15\n  BoolOp @1:0-1:15 and\n    BoolOp @1:1-1:8 and"},
    {"a not in b is not c\n", "Expr @1:0-1:19\n  Compare @1:0-1:19 not in is not\n"},
    {"x = 99999999999999999999\n", "Assign @1:0-1:24\n  target: Name @1:0-1:1 x Store\n"
                                  "  value: Constant @1:4-1:24 int base 10 '99999999999999999999'\n"},
    {"0x_ff\n", "Expr @1:0-1:5\n  Constant @1:0-1:5 int 255\n"},
    {"1_0.5J\n", "Expr @1:0-1:6\n  Constant @1:0-1:6 imag '10.5'\n"},
    {"'a\\x41\\101\\n'\n", "Expr @1:0-1:13\n  Constant @1:0-1:13 str 'aAA\\x0a'\n"},
    {"rb'\\x00'\n", "Expr @1:0-1:8\n  Constant @1:0-1:8 bytes '\\\\x00'\n"},
    {"'a' 'b'\n", "Expr @1:0-1:7\n  Constant @1:0-1:7 str 'ab'\n"},
    {"f'{x!r}'\n", "Expr @1:0-1:8\n  JoinedStr @1:0-1:8\n    FormattedValue @1:2-1:7 !r\n"},
    {"f'{y=}'\n", "Expr @1:0-1:7\n  JoinedStr @1:0-1:7\n    Constant @1:2-1:6 str 'y='\n"
                  "    FormattedValue @1:2-1:6 !r\n"},
    {"f'{{a}}'\n", "Expr @1:0-1:8\n  JoinedStr @1:0-1:8\n    Constant @1:0-1:8 str '{a}'\n"},
    {"a, *b = c\n", "Assign @1:0-1:9\n  target: Tuple @1:0-1:5 Store\n    Name @1:0-1:1 a Store\n"
                    "    Starred @1:3-1:5 Store\n"},
    {"a[1:2, ::3]\n", "Expr @1:0-1:11\n  Subscript @1:0-1:11\n    value: Name @1:0-1:1 a\n"
                      "    slice: Tuple @1:2-1:10\n      Slice @1:2-1:5\n"},
    {"def f(a, /, b=1, *c, d, **e): pass\n",
     "FunctionDef @1:0-1:34 f\n  posonly: a @1:6-1:7\n  arg: b @1:12-1:13\n"
     "  default: Constant @1:14-1:15 int 1\n  vararg: c @1:18-1:19\n  kwonly: d @1:21-1:22\n"
     "  kwarg: e @1:26-1:27\n"},
    {"@dec\nclass C(B, metaclass=M): pass\n",
     "ClassDef @2:0-2:29 C\n  decorator: Name @1:1-1:4 dec\n  base: Name @2:8-2:9 B\n"
     "  metaclass: Name @2:21-2:22 M\n"},
    {"for x in y:\n    break\nelse:\n    pass\n",
     "For @1:0-4:8\n  target: Name @1:4-1:5 x Store\n  iter: Name @1:9-1:10 y\n  body:\n"
     "    Break @2:4-2:9\n  orelse:\n    Pass @4:4-4:8\n"},
    {"if a:\n    pass\nelif b:\n    pass\nelse:\n    pass\n",
     "If @1:0-6:8\n  test: Name @1:3-1:4 a\n  body:\n    Pass @2:4-2:8\n  orelse:\n    If @3:0-6:8\n"},
    {"try:\n    pass\nexcept E as e:\n    pass\nfinally:\n    pass\n",
     "Try @1:0-6:8\n  body:\n    Pass @2:4-2:8\n  ExceptHandler @3:0-4:8 as e\n    type: Name @3:7-3:8 E\n"},
    {"from ..a import b as c\n", "ImportFrom @1:0-1:22 ..a\n  alias @1:16-1:22 b as c\n"},
    {"x: list[int] = []\n", "AnnAssign @1:0-1:17 simple\n  target: Name @1:0-1:1 x Store\n"
                           "  annotation: Subscript @1:3-1:12\n"},
    {"[y for x in z if x]\n", "Expr @1:0-1:19\n  ListComp @1:0-1:19\n    elt: Name @1:1-1:2 y\n"
                              "    for: Name @1:7-1:8 x Store\n    in: Name @1:12-1:13 z\n"
                              "    if: Name @1:17-1:18 x\n"},
    {"match p:\n    case [1, *r]: pass\n",
     "Match @1:0-2:22\n  subject: Name @1:6-1:7 p\n  case: MatchSequence @2:9-2:16\n"
     "    MatchValue @2:10-2:11\n      Constant @2:10-2:11 int 1\n    MatchStar @2:13-2:15 r\n"},
    {"lambda x=1: x\n", "Expr @1:0-1:13\n  Lambda @1:0-1:13\n    arg: x @1:7-1:8\n"
                        "    default: Constant @1:9-1:10 int 1\n    body: Name @1:12-1:13 x\n"},
    {"def f():\n    x = (yield)\n", "FunctionDef @1:0-2:15 f\n  body:\n    Assign @2:4-2:15\n"
                                  "      target: Name @2:4-2:5 x Store\n"
                                  "      value: Yield @2:9-2:14 (parenthesized)\n"},
    {"\xc3\xa9t\xc3\xa9 = 1\n", "Assign @1:0-1:9\n  target: Name @1:0-1:5 \xc3\xa9t\xc3\xa9 Store\n"},
    {"\xef\xac\x81 = 1\n", "Assign @1:0-1:7\n  target: Name @1:0-1:3 fi Store\n"},
    // the grammar's `*name` primary: the star wraps the whole call
    {"[*range(3)]\n", "Expr @1:0-1:11\n  List @1:0-1:11\n    Starred @1:1-1:10\n"
                      "      Call @1:2-1:10\n"},
    // PEP 758: tree-sitter leaves `, B` in an ERROR inside the clause
    {"try:\n    pass\nexcept A, B, C:\n    pass\n",
     "Try @1:0-4:8\n  body:\n    Pass @2:4-2:8\n  ExceptHandler @3:0-4:8\n"
     "    type: Tuple @3:7-3:14\n"},
    // an unparenthesized `:` starts the format spec, though the grammar reads a walrus
    {"f'{a:=^10}'\n", "Expr @1:0-1:11\n  JoinedStr @1:0-1:11\n    FormattedValue @1:2-1:10\n"
                      "      value: Name @1:3-1:4 a\n      format_spec: JoinedStr @1:5-1:9\n"},
    // t-strings (PEP 750) parse as f-strings re-read: the grammar knows no `t` prefix
    {"t'{a}'\n", "Expr @1:0-1:6\n  JoinedStr @1:0-1:6\n    FormattedValue @1:2-1:5\n"},
    // PEP 696 defaults: the list is re-read from its tokens, the expressions re-parsed
    {"def f[T: int = str, *Ts = *tuple[int]](): pass\n",
     "FunctionDef @1:0-1:46 f\n  type_param: TypeVar @1:6-1:18 T\n    bound: Name @1:9-1:12 int\n"
     "  type_param: TypeVarTuple @1:20-1:37 Ts\n"},
};

START_TEST(test_lowering_matches_dump) {
    Arena arena;
    arena_init(&arena);
    DiagList dl;
    diag_list_init(&dl, &arena);
    const char *src = rows[_i].src;
    AstModule *m = parser_parse(&arena, src, strlen(src), &dl);
    ck_assert_ptr_nonnull(m);
    ck_assert_msg(dl.count == 0, "row %d: unexpected diagnostic: %s", _i,
                  dl.count ? dl.items[0].message : "");
    DumpBuf b = {.len = 0};
    ast_dump(m, dump_write, &b);
    ck_assert_msg(strncmp(b.text, rows[_i].dump, strlen(rows[_i].dump)) == 0,
                  "row %d dump:\n%s\nexpected prefix:\n%s", _i, b.text, rows[_i].dump);
    arena_fini(&arena);
}
END_TEST

START_TEST(test_deep_nesting_is_refused_without_recursing) {
    enum { DEPTH = 100000 };
    static char src[2 * DEPTH + 3];
    memset(src, '-', DEPTH);
    src[DEPTH] = '1';
    src[DEPTH + 1] = '\n';
    Arena arena;
    arena_init(&arena);
    DiagList dl;
    diag_list_init(&dl, &arena);
    AstModule *m = parser_parse(&arena, src, DEPTH + 2, &dl);
    ck_assert_ptr_nonnull(m);
    ck_assert_uint_ge(dl.count, 1);
    arena_fini(&arena);
}
END_TEST

// Inputs the fuzz targets once crashed on (tests/fuzz/regressions): each goes through the
// whole front end again, twice (one crash needed a second parse to show), under the sanitizers
// of `make asan`.
START_TEST(test_fuzz_regressions) {
    DIR *d = opendir("tests/fuzz/regressions");
    ck_assert_ptr_nonnull(d);
    struct dirent *e;
    int seen = 0;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.') continue;
        char path[512];
        snprintf(path, sizeof path, "tests/fuzz/regressions/%s", e->d_name);
        FILE *f = fopen(path, "rb");
        ck_assert_ptr_nonnull(f);
        static char buf[1 << 16];
        size_t n = fread(buf, 1, sizeof buf, f);
        fclose(f);
        for (int k = 0; k < 2; k++) {
            MoatProgram *p;
            ck_assert_int_eq(moat_compile(buf, n, "fuzz.py", &p), MOAT_OK);
            moat_program_free(p);
        }
        seen++;
    }
    closedir(d);
    ck_assert_int_gt(seen, 0);
}
END_TEST

Suite *lower_suite(void) {
    Suite *s = suite_create("lower");
    TCase *tc = tcase_create("dump");
    tcase_add_loop_test(tc, test_lowering_matches_dump, 0, (int)(sizeof rows / sizeof *rows));
    tcase_add_test(tc, test_deep_nesting_is_refused_without_recursing);
    tcase_add_test(tc, test_fuzz_regressions);
    tcase_set_timeout(tc, 30);
    suite_add_tcase(s, tc);
    return s;
}
