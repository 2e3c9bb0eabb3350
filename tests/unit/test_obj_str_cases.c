// The str/bytes case harness: a small reader of Python literals (str, bytes, int, float,
// None, True, False, tuples, lists, dicts, slice(a, b, c)), and the dispatch of a case to the
// method table, the operator slots or the constructors.
#include "test_obj_str_cases.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/obj_bytes.h"
#include "interp/obj_dict.h"
#include "interp/obj_int.h"
#include "interp/obj_list.h"
#include "interp/obj_slice.h"
#include "interp/obj_str.h"
#include "interp/obj_str_char.h"
#include "interp/obj_str_codec.h"
#include "interp/obj_str_format.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"
#include "parser/ast.h"

Run *str_case_run_new(void) {
    Run *r = calloc(1, sizeof *r);
    r->gc_threshold = 1 << 20;
    r->exc = v_undef();
    return r;
}

void str_case_run_free(Run *r) {
    gc_free_all(r);
    if (r->roots) mem_free(r, r->roots, r->root_cap * sizeof *r->roots);
    free(r);
}

// ---- literals ----

typedef struct Reader {
    Run *r;
    const char *p;
} Reader;

static bool read_value(Reader *rd, Value *out);

static void skip_spaces(Reader *rd) {
    while (*rd->p == ' ') rd->p++;
}

static int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static uint32_t read_hex(Reader *rd, int n) {
    uint32_t v = 0;
    for (int k = 0; k < n; k++) v = v * 16 + (uint32_t)hex_digit(*rd->p++);
    return v;
}

// A quoted literal's body with Python's escapes; bytes keep \x.. as single bytes.
static bool read_quoted(Reader *rd, bool bytes, Value *out) {
    char quote = *rd->p++;
    Buf b;
    buf_init(&b, rd->r);
    bool ok = true;
    while (ok && *rd->p && *rd->p != quote) {
        char c = *rd->p++;
        if (c != '\\') {
            ok = buf_append_char(&b, c);
            continue;
        }
        char e = *rd->p++;
        uint32_t cp = (unsigned char)e;
        switch (e) {
        case 'n': cp = '\n'; break;
        case 't': cp = '\t'; break;
        case 'r': cp = '\r'; break;
        case '0': cp = 0; break;
        case 'x': cp = read_hex(rd, 2); break;
        case 'u': cp = read_hex(rd, 4); break;
        case 'U': cp = read_hex(rd, 8); break;
        default: break;
        }
        if (bytes) {
            ok = buf_append_char(&b, (char)cp);
        } else {
            char enc[4];
            ok = buf_append(&b, enc, str_char_encode(cp, enc));
        }
    }
    rd->p++;
    Obj *o = ok ? (bytes ? bytes_new(rd->r, b.data ? b.data : "", b.len)
                         : str_new(rd->r, b.data ? b.data : "", b.len))
                : NULL;
    buf_fini(&b);
    if (!o || !gc_push_root(rd->r, v_obj(o))) return false;
    *out = v_obj(o);
    return true;
}

// Ints beyond int64 go through GMP to a big int.
static bool read_bigint(Reader *rd, const char *start, const char *end, Value *out) {
    char digits[128];
    size_t n = (size_t)(end - start);
    memcpy(digits, start, n);
    digits[n] = '\0';
    mpz_t z;
    mpz_init_set_str(z, digits, 10);
    bool ok = int_from_mpz(rd->r, z, out) && gc_push_root(rd->r, *out);
    mpz_clear(z);
    return ok;
}

static bool read_number(Reader *rd, Value *out) {
    char *end;
    const char *start = rd->p;
    errno = 0;
    long long i = strtoll(start, &end, 10);
    rd->p = end;
    if (*end == '.' || *end == 'e' || *end == 'E' || strncmp(start, "inf", 3) == 0 ||
        strncmp(start, "-inf", 4) == 0 || strncmp(start, "nan", 3) == 0) {
        *out = v_float(strtod(start, &end));
        rd->p = end;
        return true;
    }
    if (errno == ERANGE) return read_bigint(rd, start, end, out);
    *out = v_int(i);
    return true;
}

// Items up to `close`, separated by commas; *tuple_comma tells (x,) from (x).
static bool read_items(Reader *rd, char close, Value *items, size_t *n, bool *comma) {
    *n = 0;
    *comma = false;
    skip_spaces(rd);
    while (*rd->p != close) {
        if (!read_value(rd, &items[(*n)++])) return false;
        skip_spaces(rd);
        if (*rd->p == ',') {
            rd->p++;
            *comma = true;
            skip_spaces(rd);
        }
    }
    rd->p++;
    return true;
}

static bool read_sequence(Reader *rd, Value *out) {
    char open = *rd->p++;
    Value items[16];
    size_t n;
    bool comma;
    if (!read_items(rd, open == '(' ? ')' : ']', items, &n, &comma)) return false;
    if (open == '(' && n == 1 && !comma) {
        *out = items[0];
        return true;
    }
    Obj *o = open == '(' ? tuple_new(rd->r, n) : list_new(rd->r, n);
    if (!o || !gc_push_root(rd->r, v_obj(o))) return false;
    Value *dst = open == '(' ? ((ObjTuple *)o)->items : ((ObjList *)o)->items;
    for (size_t k = 0; k < n; k++) dst[k] = items[k];
    *out = v_obj(o);
    return true;
}

static bool read_dict(Reader *rd, Value *out) {
    rd->p++;
    Obj *d = dict_new(rd->r);
    if (!d || !gc_push_root(rd->r, v_obj(d))) return false;
    skip_spaces(rd);
    while (*rd->p != '}') {
        Value k, v;
        if (!read_value(rd, &k)) return false;
        skip_spaces(rd);
        rd->p++;  // ':'
        if (!read_value(rd, &v) || !dict_set(rd->r, d, k, v)) return false;
        skip_spaces(rd);
        if (*rd->p == ',') rd->p++;
        skip_spaces(rd);
    }
    rd->p++;
    *out = v_obj(d);
    return true;
}

static bool read_slice(Reader *rd, Value *out) {
    rd->p += strlen("slice");
    Value items[3];
    size_t n;
    bool comma;
    rd->p++;
    if (!read_items(rd, ')', items, &n, &comma)) return false;
    Obj *s = slice_new(rd->r, items[0], items[1], items[2]);
    if (!s || !gc_push_root(rd->r, v_obj(s))) return false;
    *out = v_obj(s);
    return true;
}

static bool read_value(Reader *rd, Value *out) {
    skip_spaces(rd);
    const char *p = rd->p;
    if (*p == '\'' || *p == '"') return read_quoted(rd, false, out);
    if (*p == 'b' && (p[1] == '\'' || p[1] == '"')) {
        rd->p++;
        return read_quoted(rd, true, out);
    }
    if (*p == '(' || *p == '[') return read_sequence(rd, out);
    if (*p == '{') return read_dict(rd, out);
    if (strncmp(p, "slice(", 6) == 0) return read_slice(rd, out);
    static const struct {
        const char *word;
        Value v;
    } words[] = {{"None", {.tag = VAL_NONE}},
                 {"True", {.tag = VAL_BOOL, .as.b = true}},
                 {"False", {.tag = VAL_BOOL, .as.b = false}}};
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++) {
        if (strncmp(p, words[k].word, strlen(words[k].word)) == 0) {
            rd->p += strlen(words[k].word);
            *out = words[k].v;
            return true;
        }
    }
    return read_number(rd, out);
}

// An argument list "1, 'a', key=None" into positional values and keyword names/values.
typedef struct ArgList {
    Value pos[8], kwvalues[4];
    Obj *kwnames[4];
    Args args;
} ArgList;

static bool read_args(Run *r, const char *text, ArgList *al) {
    Reader rd = {r, text};
    memset(al, 0, sizeof *al);
    skip_spaces(&rd);
    while (*rd.p) {
        const char *q = rd.p;
        while ((*q >= 'a' && *q <= 'z') || *q == '_') q++;
        if (q > rd.p && *q == '=') {
            Obj *name = str_new(r, rd.p, (size_t)(q - rd.p));
            if (!name || !gc_push_root(r, v_obj(name))) return false;
            al->kwnames[al->args.nkw] = name;
            rd.p = q + 1;
            if (!read_value(&rd, &al->kwvalues[al->args.nkw++])) return false;
        } else if (!read_value(&rd, &al->pos[al->args.npos++])) {
            return false;
        }
        skip_spaces(&rd);
        if (*rd.p == ',') rd.p++;
        skip_spaces(&rd);
    }
    al->args.pos = al->pos;
    al->args.kwvalues = al->kwvalues;
    al->args.kwnames = al->kwnames;
    return true;
}

// ---- running a case ----

static const MethodDef *find_method(const ObjType *t, const char *name) {
    for (uint32_t k = 0; k < t->method_count; k++) {
        if (strcmp(t->methods[k].name, name) == 0) return &t->methods[k];
    }
    return NULL;
}

static bool eval_op(Run *r, Value a, const char *op, Value b, Value *out) {
    static const struct {
        const char *sym;
        int op;
        bool cmp;
    } ops[] = {{"+", AST_OP_ADD, false}, {"*", AST_OP_MUL, false}, {"%", AST_OP_MOD, false},
               {"<", AST_CMP_LT, true},  {"<=", AST_CMP_LE, true}, {">", AST_CMP_GT, true},
               {">=", AST_CMP_GE, true}, {"==", AST_CMP_EQ, true}, {"!=", AST_CMP_NE, true}};
    if (strcmp(op, "[]") == 0) return ops_getitem(r, a, b, out);
    if (strcmp(op, "in") == 0) {
        bool found;
        if (!ops_contains(r, b, a, &found)) return false;
        *out = v_bool(found);
        return true;
    }
    for (size_t k = 0; k < sizeof ops / sizeof ops[0]; k++) {
        if (strcmp(op, ops[k].sym) == 0) {
            return ops[k].cmp ? ops_compare(r, a, b, ops[k].op, out)
                              : ops_binary(r, a, b, ops[k].op, out);
        }
    }
    return false;
}

static bool eval_list(Run *r, Value v, Value *out) {
    Value it, item;
    uint32_t roots = r->root_count;
    Obj *list = list_new(r, 0);
    IterStep st = ITER_ERROR;
    if (list && gc_push_root(r, v_obj(list)) && ops_iter(r, v, &it) && gc_push_root(r, it)) {
        while ((st = ops_next(r, it, &item)) == ITER_ITEM) {
            if (!list_append(r, list, item)) {
                st = ITER_ERROR;
                break;
            }
        }
    }
    r->root_count = roots;
    *out = v_obj(list);
    return st == ITER_END;
}

static bool eval_function(Run *r, const char *fn, const Args *a, Value *out) {
    if (strcmp(fn, "str") == 0) return type_str.construct(r, v_obj((Obj *)&type_str), a, out);
    if (strcmp(fn, "bytes") == 0) return type_bytes.construct(r, v_obj((Obj *)&type_bytes), a, out);
    if (strcmp(fn, "repr") == 0) return ops_repr_value(r, a->pos[0], out);
    if (strcmp(fn, "list") == 0) return eval_list(r, a->pos[0], out);
    if (strcmp(fn, "len") == 0) {
        int64_t n;
        if (!ops_len(r, a->pos[0], &n)) return false;
        *out = v_int(n);
        return true;
    }
    Buf b;
    buf_init(&b, r);
    bool ok;
    if (strcmp(fn, "ascii") == 0) {
        Buf rep;
        buf_init(&rep, r);
        ok = ops_repr(r, a->pos[0], &rep) &&
             str_ascii_escape_into(&b, rep.data ? rep.data : "", rep.len);
        buf_fini(&rep);
    } else {  // format(value[, spec])
        const ObjStr *spec = a->npos > 1 ? as_str(a->pos[1]) : NULL;
        ok = str_format_value(r, a->pos[0], spec ? spec->data : "", spec ? spec->len : 0, &b);
    }
    Obj *s = ok ? buf_to_str(&b) : NULL;
    buf_fini(&b);
    if (!s) return false;
    *out = v_obj(s);
    return true;
}

// Set when a call returned with more or fewer temporary roots than it started with.
static bool roots_unbalanced;
// Set when a call reported success although an allocation failed during it.
static bool succeeded_past_limit;

bool str_case_roots_balanced(void) {
    return !roots_unbalanced;
}

static bool eval_call(Run *r, const StrCase *c, Value self, Value a, Value b, const Args *args,
                      Value *out) {
    uint32_t before = r->root_count;
    RunAbort abort_before = r->abort;
    bool ok;
    if (c->kind == 'O') {
        ok = eval_op(r, a, c->b, b, out);
    } else if (c->kind == 'F') {
        ok = eval_function(r, c->a, args, out);
    } else {
        const MethodDef *m = find_method(value_type(self), c->b);
        ok = m ? m->fn(r, self, args, out) : exc_raise(r, &exc_AttributeError, "no method %s", c->b);
    }
    if (r->root_count != before) roots_unbalanced = true;
    // a call that hit the limit must fail, not carry on with a partial result
    if (ok && abort_before == ABORT_NONE && r->abort != ABORT_NONE) succeeded_past_limit = true;
    return ok;
}

static bool eval_case(Run *r, const StrCase *c, Value *out) {
    ArgList al;
    Value a = v_none(), b = v_none(), self = v_none();
    if (c->kind == 'O') {
        Reader ra = {r, c->a}, rb = {r, c->args};
        if (!read_value(&ra, &a) || !read_value(&rb, &b)) return false;
        al.args = (Args){0};
    } else if (!read_args(r, c->args, &al)) {
        return false;
    }
    if (c->kind == 'M') {
        Reader rs = {r, c->a};
        if (!read_value(&rs, &self)) return false;
    }
    return eval_call(r, c, self, a, b, &al.args, out);
}

const char *str_case_eval(Run *r, const StrCase *c) {
    static char text[4096];
    Value out;
    uint32_t roots = r->root_count;
    roots_unbalanced = false;
    succeeded_past_limit = false;
    bool ok = eval_case(r, c, &out);
    Buf b;
    buf_init(&b, r);
    if (ok) {
        ok = gc_push_root(r, out) && ops_repr(r, out, &b);
    } else if (is_exception(r->exc)) {
        Value e = r->exc;
        exc_clear(r);
        // the codec errors' message is built from their five args (obj_str_codec.c)
        bool codec = type_is_subtype(value_type(e), &exc_UnicodeDecodeError) ||
                     type_is_subtype(value_type(e), &exc_UnicodeEncodeError);
        ok = buf_append_cstr(&b, value_type_name(e)) && buf_append_cstr(&b, ": ") &&
             (codec ? str_codec_error_str(r, e, &b) : ops_str(r, e, &b));
    } else {
        ok = buf_append_cstr(&b, "<limit>");
    }
    if (r->abort != ABORT_NONE) {
        buf_fini(&b);
        r->root_count = roots;
        return succeeded_past_limit ? "<success past the limit>" : "<limit>";
    }
    size_t n = b.len < sizeof text - 1 ? b.len : sizeof text - 1;
    memcpy(text, ok && b.data ? b.data : "<error>", ok && b.data ? n : 8);
    text[ok && b.data ? n : 7] = '\0';
    buf_fini(&b);
    r->root_count = roots;
    return text;
}

const char *str_case_fail_sweep(const StrCase *c) {
    static char why[256];
    for (uint64_t n = 1; n < 200; n++) {
        Run *r = str_case_run_new();
        mem_fail_after(r, n);
        const char *got = str_case_eval(r, c);
        bool limit = r->abort != ABORT_NONE;
        bool balanced = str_case_roots_balanced();
        bool done = !limit && r->mem.fail_after != 0;  // the failure was never reached
        str_case_run_free(r);
        if (!balanced) return "roots left pushed";
        if (limit && strcmp(got, "<limit>") != 0) {
            snprintf(why, sizeof why, "allocation %llu failed but gave: %s", (unsigned long long)n, got);
            return why;
        }
        if (!limit && strcmp(got, c->expected) != 0) {
            snprintf(why, sizeof why, "allocation %llu: expected %s, got %s", (unsigned long long)n,
                     c->expected, got);
            return why;
        }
        if (done) return NULL;
    }
    return NULL;
}
