// traceback: each function binds its arguments as traceback.py declares them, finds the
// exception and the frames CPython's TracebackException would get, and has traceback.c write
// the text. The print_* functions write where print(file=...) may: sys.stdout or sys.stderr.
#include "interp/mod_traceback.h"

#include <string.h>

#include "interp/args.h"
#include "interp/builtins.h"
#include "interp/code.h"
#include "interp/exc.h"
#include "interp/frame.h"
#include "interp/gc.h"
#include "interp/mod_sys.h"
#include "interp/modules.h"
#include "interp/obj_func.h"
#include "interp/obj_int.h"
#include "interp/obj_list.h"
#include "interp/obj_str.h"
#include "interp/obj_traceback.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"
#include "interp/traceback.h"
#include "interp/vm.h"
#include "parser/ast.h"

// limit=None, or an int: the first `limit` frames of each traceback, or the last -limit
static bool tbmod_limit(Run *r, Value limit, TracebackOptions *o) {
    if (is_undef(limit) || is_none(limit)) return true;
    if (!int_check(limit)) {
        return exc_raise(r, &exc_TypeError,
                         "'>=' not supported between instances of '%T' and 'int'", limit);
    }
    o->limited = true;
    if (is_bool(limit)) o->limit = limit.as.b;
    else if (is_bigint(limit)) o->limit = int_sign(limit) < 0 ? INT64_MIN + 1 : INT64_MAX;
    else o->limit = limit.as.i;
    return true;
}

static bool tbmod_chain(Run *r, Value chain, TracebackOptions *o) {
    o->chain = true;
    return is_undef(chain) || ops_truthy(r, chain, &o->chain);
}

// _parse_value_tb: format_exception(exc) shows exc with its own traceback;
// format_exception(type, value, tb) shows value with tb (the type is not looked at).
static bool tbmod_value_tb(Run *r, const Value *p, Value *value, TracebackOptions *o) {
    Value exc = p[0], given = p[1], tb = p[2];
    if (is_undef(given) != is_undef(tb)) {
        return exc_raise(r, &exc_ValueError, "Both or neither of value and tb must be given");
    }
    if (is_undef(given)) {
        if (!is_none(exc) && !is_exception(exc)) {
            return exc_raise(r, &exc_TypeError, "Exception expected for value, %T found", exc);
        }
        *value = exc;
        o->tb = is_none(exc) ? NULL : ((const ObjException *)exc.as.obj)->traceback;
        return true;
    }
    if (!is_none(tb) && !is_traceback(tb)) {
        return exc_raise(r, &exc_AttributeError, "'%T' object has no attribute 'tb_frame'", tb);
    }
    *value = given;
    o->tb = is_none(tb) ? NULL : tb.as.obj;
    return true;
}

// One string of the text: to the list when one is wanted.
static bool tbmod_emit(Run *r, const TracebackOptions *o, Buf *out, const char *text) {
    if (!o->chunks) return buf_append_cstr(out, text);
    Obj *s = str_from_cstr(r, text);
    if (!s || !gc_push_root(r, v_obj(s))) return false;
    bool ok = list_append(r, o->chunks, v_obj(s));
    gc_pop_roots(r, 1);
    return ok;
}

// The text TracebackException(type(value), value, o->tb) formats; value is an exception or
// None (which prints as "NoneType: None" under the frames).
static bool tbmod_format(Run *r, Value value, const TracebackOptions *o, Buf *out) {
    if (is_exception(value)) return traceback_format_exception(r, value, o, out);
    if (!is_none(value)) {
        return exc_raise(r, &exc_AttributeError,
                         "'%T' object has no attribute '__suppress_context__'", value);
    }
    if (o->tb && (!o->limited || o->limit != 0) &&
        (!tbmod_emit(r, o, out, "Traceback (most recent call last):\n") ||
         !traceback_format_tb(r, o->tb, o, out))) {
        return false;
    }
    return tbmod_emit(r, o, out, "NoneType: None\n");
}

// What writes a text to out and, with o->chunks, each of its strings to that list; the
// subject is an exception (or None), or a list of frames.
typedef bool (*TbWriter)(Run *r, Value subject, const TracebackOptions *o, Buf *out);

// The format_* functions' result: a new list of the strings the text is made of.
static bool tbmod_strings(Run *r, TbWriter write, Value subject, TracebackOptions *o,
                          Value *out) {
    Obj *list = list_new(r, 0);
    if (!list || !gc_push_root(r, v_obj(list))) return false;
    o->chunks = list;
    Buf b;
    buf_init(&b, r);
    bool ok = write(r, subject, o, &b);
    buf_fini(&b);
    gc_pop_roots(r, 1);
    *out = v_obj(list);
    return ok;
}

// print(text, file=file, end=""): only sys.stdout and sys.stderr are files in the sandbox,
// and what goes to sys.stderr is dropped.
static bool tbmod_check_file(Run *r, Value file, bool *to_stdout) {
    *to_stdout = false;
    if (is_undef(file) || is_none(file) || mod_sys_is_stream(file, to_stdout)) return true;
    return exc_raise(r, &exc_AttributeError, "'%T' object has no attribute 'write'", file);
}

// The print_* functions: print(text, file=file, end="").
static bool tbmod_print(Run *r, TbWriter write, Value subject, const TracebackOptions *o,
                        Value file, Value *out) {
    bool to_stdout;
    if (!tbmod_check_file(r, file, &to_stdout)) return false;
    Buf b;
    buf_init(&b, r);
    bool ok = write(r, subject, o, &b);
    if (ok && to_stdout) ok = builtins_write(r, b.data, b.len);
    buf_fini(&b);
    *out = v_none();
    return ok;
}

// The exception being handled, or None (sys.exception()).
static Value tbmod_handling(Run *r) {
    Value e = vm_handling(r);
    return is_undef(e) ? v_none() : e;
}

// format_exception(exc, /, value=<implicit>, tb=<implicit>, limit=None, chain=True)
static bool tbmod_format_exception(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    static const char *const names[] = {"exc", "value", "tb", "limit", "chain"};
    static const ArgSpec spec = {"format_exception", names, 5, 1, 5, 1};
    Value p[5], value;
    TracebackOptions o = {0};
    return args_bind(r, a, &spec, p) && tbmod_value_tb(r, p, &value, &o) &&
           tbmod_limit(r, p[3], &o) && tbmod_chain(r, p[4], &o) &&
           tbmod_strings(r, tbmod_format, value, &o, out);
}

// print_exception(exc, /, value=<implicit>, tb=<implicit>, limit=None, file=None, chain=True)
static bool tbmod_print_exception(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    static const char *const names[] = {"exc", "value", "tb", "limit", "file", "chain"};
    static const ArgSpec spec = {"print_exception", names, 6, 1, 6, 1};
    Value p[6], value;
    TracebackOptions o = {0};
    return args_bind(r, a, &spec, p) && tbmod_value_tb(r, p, &value, &o) &&
           tbmod_limit(r, p[3], &o) && tbmod_chain(r, p[5], &o) &&
           tbmod_print(r, tbmod_format, value, &o, p[4], out);
}

// format_exc(limit=None, chain=True): the exception being handled, as one str
static bool tbmod_format_exc(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    static const char *const names[] = {"limit", "chain"};
    static const ArgSpec spec = {"format_exc", names, 2, 0, 2, 0};
    Value p[2];
    TracebackOptions o = {0};
    if (!args_bind(r, a, &spec, p) || !tbmod_limit(r, p[0], &o) || !tbmod_chain(r, p[1], &o)) {
        return false;
    }
    Value value = tbmod_handling(r);
    o.tb = is_none(value) ? NULL : ((const ObjException *)value.as.obj)->traceback;
    Buf b;
    buf_init(&b, r);
    if (!tbmod_format(r, value, &o, &b)) {
        buf_fini(&b);
        return false;
    }
    Obj *s = buf_to_str(&b);
    if (!s) return false;
    *out = v_obj(s);
    return true;
}

// print_exc(limit=None, file=None, chain=True)
static bool tbmod_print_exc(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    static const char *const names[] = {"limit", "file", "chain"};
    static const ArgSpec spec = {"print_exc", names, 3, 0, 3, 0};
    Value p[3];
    TracebackOptions o = {0};
    if (!args_bind(r, a, &spec, p) || !tbmod_limit(r, p[0], &o) || !tbmod_chain(r, p[2], &o)) {
        return false;
    }
    Value value = tbmod_handling(r);
    o.tb = is_none(value) ? NULL : ((const ObjException *)value.as.obj)->traceback;
    return tbmod_print(r, tbmod_format, value, &o, p[1], out);
}

// An exception's line and notes (format_exception_only); None's line.
static bool tbmod_write_only(Run *r, Value value, const TracebackOptions *o, Buf *out) {
    if (!is_exception(value)) return tbmod_format(r, value, o, out);
    return traceback_format_exception_only(r, value, o, out);
}

// format_exception_only(exc, /, value=<implicit>): the exception's line and notes, as
// TracebackException(type(value), value, None) writes them (no frames: no NameError hint)
static bool tbmod_format_exception_only(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    static const char *const names[] = {"exc", "value"};
    static const ArgSpec spec = {"format_exception_only", names, 2, 1, 2, 1};
    Value p[2];
    TracebackOptions o = {.chain = true};
    return args_bind(r, a, &spec, p) &&
           tbmod_strings(r, tbmod_write_only, is_undef(p[1]) ? p[0] : p[1], &o, out);
}

// The frames of traceback tb: None shows none.
static bool tbmod_tb_arg(Run *r, Value tb, Obj **out) {
    if (!is_none(tb) && !is_traceback(tb)) {
        return exc_raise(r, &exc_AttributeError, "'%T' object has no attribute 'tb_frame'", tb);
    }
    *out = is_none(tb) ? NULL : tb.as.obj;
    return true;
}

// The frames of o->tb (format_tb).
static bool tbmod_write_tb(Run *r, Value unused, const TracebackOptions *o, Buf *out) {
    (void)unused;
    return traceback_format_tb(r, o->tb, o, out);
}

// format_tb(tb, limit=None): a str for each frame
static bool tbmod_format_tb(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    static const char *const names[] = {"tb", "limit"};
    static const ArgSpec spec = {"format_tb", names, 2, 0, 2, 1};
    Value p[2];
    TracebackOptions o = {0};
    return args_bind(r, a, &spec, p) && tbmod_tb_arg(r, p[0], &o.tb) &&
           tbmod_limit(r, p[1], &o) && tbmod_strings(r, tbmod_write_tb, v_none(), &o, out);
}

// print_tb(tb, limit=None, file=None)
static bool tbmod_print_tb(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    static const char *const names[] = {"tb", "limit", "file"};
    static const ArgSpec spec = {"print_tb", names, 3, 0, 3, 1};
    Value p[3];
    TracebackOptions o = {0};
    return args_bind(r, a, &spec, p) && tbmod_tb_arg(r, p[0], &o.tb) &&
           tbmod_limit(r, p[1], &o) && tbmod_print(r, tbmod_write_tb, v_none(), &o, p[2], out);
}

// ---- extract_tb() and FrameSummary ----

// FrameSummary's fields, in this order; the first four are what it unpacks to
#define FRAME_FIELDS(X) \
    X(filename) X(lineno) X(name) X(line) X(end_lineno) X(colno) X(end_colno) X(locals)
#define FRAME_FIELD_ENUM(NAME) FS_##NAME,
enum { FRAME_FIELDS(FRAME_FIELD_ENUM) FS_COUNT };
#undef FRAME_FIELD_ENUM

typedef struct ObjFrameSummary {
    Obj base;
    Value fields[FS_COUNT];
    TracebackEntry at;  // the entry it tells of: a traceback's shows its markers when formatted
    bool has_columns;   // from a traceback (extract_tb), not the stack (extract_stack)
} ObjFrameSummary;

static ObjFrameSummary *as_frame_summary(Value v) {
    return (ObjFrameSummary *)v.as.obj;
}

static bool frame_summary_repr(Run *r, Value v, Buf *out) {
    const Value *f = as_frame_summary(v)->fields;
    return buf_append_cstr(out, "<FrameSummary file ") && ops_str(r, f[FS_filename], out) &&
           buf_append_cstr(out, ", line ") && ops_str(r, f[FS_lineno], out) &&
           buf_append_cstr(out, " in ") && ops_str(r, f[FS_name], out) &&
           buf_append_char(out, '>');
}

static bool frame_summary_getattr(Run *r, Value v, Obj *name, Value *out) {
    (void)r;
    static const char *const names[] = {
#define FRAME_FIELD_NAME(NAME) #NAME,
        FRAME_FIELDS(FRAME_FIELD_NAME)
#undef FRAME_FIELD_NAME
    };
    *out = v_undef();
    for (int k = 0; k < FS_COUNT; k++) {
        if (str_equal_cstr((const ObjStr *)name, names[k])) *out = as_frame_summary(v)->fields[k];
    }
    return true;
}

// (filename, lineno, name, line): what indexing, iterating and comparing with a tuple see
static bool frame_summary_tuple(Run *r, Value v, Value *out) {
    Obj *t = tuple_new(r, 4);
    if (!t) return false;
    for (int k = 0; k < 4; k++) as_tuple(v_obj(t))->items[k] = as_frame_summary(v)->fields[k];
    *out = v_obj(t);
    return true;
}

static bool frame_summary_getitem(Run *r, Value v, Value key, Value *out) {
    Value t;
    if (!frame_summary_tuple(r, v, &t) || !gc_push_root(r, t)) return false;
    bool ok = ops_getitem(r, t, key, out);
    gc_pop_roots(r, 1);
    return ok;
}

static bool frame_summary_iter(Run *r, Value v, Value *out) {
    Value t;
    if (!frame_summary_tuple(r, v, &t) || !gc_push_root(r, t)) return false;
    bool ok = ops_iter(r, t, out);
    gc_pop_roots(r, 1);
    return ok;
}

static bool frame_summary_len(Run *r, Value v, int64_t *out) {
    (void)r;
    (void)v;
    *out = 4;
    return true;
}

static bool is_frame_summary(Value v);

// __eq__: another FrameSummary by filename, lineno, name and locals; a tuple by the four
// values it unpacks to
static bool frame_summary_compare(Run *r, Value a, Value b, int op, Value *out) {
    *out = v_obj((Obj *)&obj_notimpl);
    if (op != AST_CMP_EQ && op != AST_CMP_NE) return true;
    bool eq = true;
    if (is_frame_summary(b)) {
        static const int keys[] = {FS_filename, FS_lineno, FS_name, FS_locals};
        for (size_t k = 0; k < 4 && eq; k++) {
            if (!ops_eq(r, as_frame_summary(a)->fields[keys[k]],
                        as_frame_summary(b)->fields[keys[k]], &eq)) {
                return false;
            }
        }
    } else if (is_tuple(b)) {
        Value t;
        if (!frame_summary_tuple(r, a, &t) || !gc_push_root(r, t)) return false;
        bool ok = ops_eq(r, t, b, &eq);
        gc_pop_roots(r, 1);
        if (!ok) return false;
    } else {
        return true;
    }
    *out = v_bool(op == AST_CMP_EQ ? eq : !eq);
    return true;
}

static void frame_summary_trace(Run *r, Obj *o) {
    gc_mark_values(r, ((ObjFrameSummary *)o)->fields, FS_COUNT);
}

static const ObjType type_frame_summary = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "FrameSummary",
    .module = "traceback",
    .id = TYPE_OBJECT,
    .base_type = &type_object,
    .slots = {
        .repr = frame_summary_repr,
        .compare = frame_summary_compare,
        .len = frame_summary_len,
        .getitem = frame_summary_getitem,
        .iter = frame_summary_iter,
        .getattr = frame_summary_getattr,
        .trace = frame_summary_trace,
    },
};

static bool is_frame_summary(Value v) {
    return v.tag == VAL_OBJ && v.as.obj->type == &type_frame_summary;
}

static Value column(int64_t col) {
    return col < 0 ? v_none() : v_int(col);
}

static bool set_str(Run *r, Value *field, const char *text, size_t len) {
    Obj *str = str_new(r, text, len);
    if (str) *field = v_obj(str);
    return str != NULL;
}

// The FrameSummary of one entry, its fields filled in order (each new str kept by it). Only
// a traceback's entries have columns: a frame of the stack has its line alone.
static bool frame_summary_new(Run *r, const TracebackEntry *at, bool columns, Value *out) {
    TracebackSummary s;
    traceback_summary(r, at, &s);
    ObjFrameSummary *f = gc_new(r, ObjFrameSummary, &type_frame_summary);
    if (!f) return false;
    for (int k = 0; k < FS_COUNT; k++) f->fields[k] = v_none();
    f->at = *at;
    f->has_columns = columns;
    *out = v_obj(&f->base);
    if (!gc_push_root(r, *out)) return false;
    f->fields[FS_lineno] = v_int(s.lineno);
    f->fields[FS_end_lineno] = v_int(columns ? s.end_lineno : s.lineno);
    f->fields[FS_colno] = column(columns ? s.colno : -1);
    f->fields[FS_end_colno] = column(columns ? s.end_colno : -1);
    bool ok = set_str(r, &f->fields[FS_filename], s.filename, strlen(s.filename)) &&
              set_str(r, &f->fields[FS_name], s.name, strlen(s.name)) &&
              set_str(r, &f->fields[FS_line], s.line, s.line_len);
    gc_pop_roots(r, 1);
    return ok;
}

// extract_tb(tb, limit=None): a FrameSummary for each frame, outermost first (a list: moat
// has no StackSummary)
static bool tbmod_extract_tb(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    static const char *const names[] = {"tb", "limit"};
    static const ArgSpec spec = {"extract_tb", names, 2, 0, 2, 1};
    Value p[2];
    TracebackOptions o = {0};
    if (!args_bind(r, a, &spec, p) || !tbmod_tb_arg(r, p[0], &o.tb) || !tbmod_limit(r, p[1], &o)) {
        return false;
    }
    Obj *list = list_new(r, 0);
    if (!list || !gc_push_root(r, v_obj(list))) return false;
    uint64_t n;
    Obj *t = traceback_window(o.tb, &o, &n);
    bool ok = true;
    for (Value f; n && ok; n--, t = as_traceback(t)->next) {
        ok = frame_summary_new(r, &as_traceback(t)->at, true, &f) && list_append(r, list, f);
    }
    gc_pop_roots(r, 1);
    *out = v_obj(list);
    return ok;
}

// extract_stack(f=None, limit=None): a FrameSummary for each frame running, oldest first.
// There are no frame objects: f can only be None.
static bool tbmod_stack(Run *r, Value f, Value limit, Value *out) {
    if (!is_undef(f) && !is_none(f)) {
        return exc_raise(r, &exc_AttributeError, "'%T' object has no attribute 'f_lineno'", f);
    }
    TracebackOptions o = {0};
    if (!tbmod_limit(r, limit, &o)) return false;
    // the frames a traceback would show: not the asyncio loop's
    uint32_t first = 0, n = 0, seen = 0;
    for (uint32_t k = 0; k < r->frame_count; k++) n += !(r->frames[k].code->flags & CODE_HIDDEN);
    // walk_stack goes from the newest: a limit keeps the newest frames, a negative the oldest
    if (o.limited && o.limit >= 0 && (uint64_t)o.limit < n) first = n - (uint32_t)o.limit;
    if (o.limited && o.limit < 0 && o.limit > -(int64_t)n) n = (uint32_t)-o.limit;
    Obj *list = list_new(r, 0);
    if (!list || !gc_push_root(r, v_obj(list))) return false;
    bool ok = true;
    for (uint32_t k = 0; k < r->frame_count && ok; k++) {
        const Frame *fr = &r->frames[k];
        if (fr->code->flags & CODE_HIDDEN || seen++ < first) continue;
        if (seen > n) break;
        TracebackEntry at = {.code = fr->code, .insn = fr->ip ? fr->ip - 1 : 0};
        Value summary;
        ok = frame_summary_new(r, &at, false, &summary) && list_append(r, list, summary);
    }
    gc_pop_roots(r, 1);
    *out = v_obj(list);
    return ok;
}

static bool tbmod_extract_stack(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    static const char *const names[] = {"f", "limit"};
    static const ArgSpec spec = {"extract_stack", names, 2, 0, 2, 0};
    Value p[2];
    return args_bind(r, a, &spec, p) && tbmod_stack(r, p[0], p[1], out);
}

// ---- format_list() and what builds on it ----

// One line of text, stripped (the first of a FrameSummary's line), or NULL when text is blank.
static const char *tbmod_first_line(const ObjStr *text, size_t *len) {
    const char *p = text->data, *end = p + text->len;
    bool blank = true;
    for (const char *q = p; q < end && blank; q++) blank = strchr(" \t\n\r\f\v", *q) != NULL;
    if (blank) return NULL;
    const char *nl = memchr(p, '\n', text->len);
    if (nl) end = nl;
    while (p < end && strchr(" \t\r\f\v", *p)) p++;
    while (end > p && strchr(" \t\r\f\v", end[-1])) end--;
    *len = (size_t)(end - p);
    return p;
}

// A frame given by its four values (format_frame_summary without columns): the File line,
// then the line's first line, stripped, if it has any text. A line of None is looked up in
// the script when the frame is the script's.
static bool tbmod_plain_frame(Run *r, const Value *v, Buf *out) {
    if (!buf_append_cstr(out, "  File \"") || !ops_str(r, v[0], out) ||
        !buf_append_cstr(out, "\", line ") || !ops_str(r, v[1], out) ||
        !buf_append_cstr(out, ", in ") || !ops_str(r, v[2], out) || !buf_append_char(out, '\n')) {
        return false;
    }
    size_t len;
    const char *text = NULL;
    if (is_str(v[3])) {
        text = tbmod_first_line(as_str(v[3]), &len);
    } else if (is_none(v[3]) && is_str(v[0]) && str_equal_cstr(as_str(v[0]), r->source.filename) &&
               v[1].tag == VAL_INT && v[1].as.i > 0 && v[1].as.i <= UINT32_MAX) {
        text = traceback_source_line(r, (uint32_t)v[1].as.i, &len);
        if (len == 0) text = NULL;
    }
    if (!text) return true;
    return (len == 0 || (buf_append_cstr(out, "    ") && buf_append(out, text, len))) &&
           buf_append_char(out, '\n');
}

// The four values of an item of format_list()'s list (a FrameSummary, or any iterable of
// filename, lineno, name and line) as a new tuple, and the item's text.
static bool tbmod_list_item(Run *r, Value item, Value *four, Buf *out) {
    if (is_frame_summary(item)) {
        const ObjFrameSummary *f = as_frame_summary(item);
        if (!frame_summary_tuple(r, item, four)) return false;
        if (f->has_columns) return traceback_format_entry(r, &f->at, out);
        return tbmod_plain_frame(r, f->fields, out);
    }
    if (!value_type(item)->slots.iter) {
        return exc_raise(r, &exc_TypeError, "cannot unpack non-iterable %T object", item);
    }
    Obj *t = tuple_from_iterable(r, item);
    if (!t) return false;
    *four = v_obj(t);
    size_t n = as_tuple(*four)->len;
    if (n < 4) {
        return exc_raise(r, &exc_ValueError, "not enough values to unpack (expected 4, got %zu)", n);
    }
    if (n > 4) {
        return exc_raise(r, &exc_ValueError, "too many values to unpack (expected 4, got %zu)", n);
    }
    if (!gc_push_root(r, *four)) return false;
    bool ok = tbmod_plain_frame(r, as_tuple(*four)->items, out);
    gc_pop_roots(r, 1);
    return ok;
}

// One string of format_list()'s result: to the list, or (chunks NULL) to the text.
static bool tbmod_put(Run *r, Obj *chunks, Buf *text, const Buf *b) {
    if (b->len == 0) return true;
    if (!chunks) return buf_append(text, b->data, b->len);
    Obj *s = str_new(r, b->data, b->len);
    if (!s || !gc_push_root(r, v_obj(s))) return false;
    bool ok = list_append(r, chunks, v_obj(s));
    gc_pop_roots(r, 1);
    return ok;
}

// Whether frames a and b (4-tuples) are the same line: filename, lineno and name equal.
static bool tbmod_same_frame(Run *r, Value a, Value b, bool *same) {
    *same = is_tuple(a);
    for (int k = 0; k < 3 && *same; k++) {
        if (!ops_eq(r, as_tuple(a)->items[k], as_tuple(b)->items[k], same)) return false;
    }
    return true;
}

// One frame of format_list(): its text after the "[Previous line repeated]" line a run of
// the frame before may end with. roots[-1] holds the frame before, as a 4-tuple; it becomes
// this one's.
static bool tbmod_format_frame(Run *r, Value item, TracebackRepeat *rep, Obj *chunks, Buf *text) {
    Value four;
    Buf b, repeat;
    buf_init(&b, r);
    buf_init(&repeat, r);
    bool same, show, ok = gc_push_root(r, item);
    if (ok) {
        ok = tbmod_list_item(r, item, &four, &b);
        gc_pop_roots(r, 1);
    }
    if (ok && (ok = gc_push_root(r, four))) {
        ok = tbmod_same_frame(r, r->roots[r->root_count - 2], four, &same) &&
             traceback_repeat_step(rep, same, &repeat, &show) &&
             tbmod_put(r, chunks, text, &repeat) && (!show || tbmod_put(r, chunks, text, &b));
        r->roots[r->root_count - 2] = four;
        gc_pop_roots(r, 1);
    }
    buf_fini(&repeat);
    buf_fini(&b);
    return ok;
}

// StackSummary.from_list(frames).format(): each frame's string, a run of one line collapsed.
static bool tbmod_format_frames(Run *r, Value frames, Obj *chunks, Buf *text) {
    Value it, item;
    if (!ops_iter(r, frames, &it) || !gc_push_root(r, it)) return false;
    if (!gc_push_root(r, v_none())) {  // the frame before, for the comparison
        gc_pop_roots(r, 1);
        return false;
    }
    TracebackRepeat rep = {0};
    IterStep step = ITER_END;
    bool ok = true;
    while (ok && (step = ops_next(r, it, &item)) == ITER_ITEM) {
        ok = tbmod_format_frame(r, item, &rep, chunks, text);
    }
    Buf b;
    buf_init(&b, r);
    ok = ok && step != ITER_ERROR && traceback_repeat_end(&rep, &b) &&
         tbmod_put(r, chunks, text, &b);
    buf_fini(&b);
    gc_pop_roots(r, 2);
    return ok;
}

static bool tbmod_write_frames(Run *r, Value frames, const TracebackOptions *o, Buf *out) {
    return tbmod_format_frames(r, frames, o->chunks, out);
}

// format_list(extracted_list)
static bool tbmod_format_list(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    static const char *const names[] = {"extracted_list"};
    static const ArgSpec spec = {"format_list", names, 1, 0, 1, 1};
    Value p[1];
    TracebackOptions o = {0};
    return args_bind(r, a, &spec, p) && tbmod_strings(r, tbmod_write_frames, p[0], &o, out);
}

// print_list(extracted_list, file=None)
static bool tbmod_print_list(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    static const char *const names[] = {"extracted_list", "file"};
    static const ArgSpec spec = {"print_list", names, 2, 0, 2, 1};
    Value p[2];
    const TracebackOptions o = {0};
    return args_bind(r, a, &spec, p) && tbmod_print(r, tbmod_write_frames, p[0], &o, p[1], out);
}

// format_stack(f=None, limit=None): format_list(extract_stack(f, limit))
static bool tbmod_format_stack(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    static const char *const names[] = {"f", "limit"};
    static const ArgSpec spec = {"format_stack", names, 2, 0, 2, 0};
    Value p[2], frames;
    if (!args_bind(r, a, &spec, p) || !tbmod_stack(r, p[0], p[1], &frames) ||
        !gc_push_root(r, frames)) {
        return false;
    }
    TracebackOptions o = {0};
    bool ok = tbmod_strings(r, tbmod_write_frames, frames, &o, out);
    gc_pop_roots(r, 1);
    return ok;
}

// print_stack(f=None, limit=None, file=None)
static bool tbmod_print_stack(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    static const char *const names[] = {"f", "limit", "file"};
    static const ArgSpec spec = {"print_stack", names, 3, 0, 3, 0};
    Value p[3], frames;
    if (!args_bind(r, a, &spec, p) || !tbmod_stack(r, p[0], p[1], &frames) ||
        !gc_push_root(r, frames)) {
        return false;
    }
    const TracebackOptions o = {0};
    bool ok = tbmod_print(r, tbmod_write_frames, frames, &o, p[2], out);
    gc_pop_roots(r, 1);
    return ok;
}

#define TRACEBACK_FUNCTIONS(X)                                                              \
    X(format_exc) X(print_exc) X(format_exception) X(print_exception)                       \
    X(format_exception_only) X(format_tb) X(print_tb) X(extract_tb) X(extract_stack)        \
    X(format_list) X(print_list) X(format_stack) X(print_stack)

#define TRACEBACK_DEF(NAME) STATIC_BUILTIN(#NAME, tbmod_##NAME, 0)
TRACEBACK_FUNCTIONS(TRACEBACK_DEF)
#undef TRACEBACK_DEF

bool mod_traceback_init(Run *r, Obj *module) {
#define TRACEBACK_SET(NAME) \
    if (!module_set(r, module, #NAME, v_obj((Obj *)&obj_tbmod_##NAME.base))) return false;
    TRACEBACK_FUNCTIONS(TRACEBACK_SET)
#undef TRACEBACK_SET
    return module_set(r, module, "FrameSummary", v_obj((Obj *)&type_frame_summary));
}
