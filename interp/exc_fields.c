// The fields of OSError and SyntaxError: what their constructors unpack from the arguments,
// the attributes that read and write them, and the str() built from them. Each keeps its
// fields in a tuple private to the exception (ObjException.value): undef where not set (a
// NULL member in CPython, which reads as None but is left out of str()).
#include "interp/exc_fields.h"

#include "interp/buf.h"
#include "interp/gc.h"
#include "interp/obj_str.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"

static const char *const oserror_names[] = {"errno", "strerror", "filename", "filename2"};
enum { OS_ERRNO, OS_STRERROR, OS_FILENAME, OS_FILENAME2, OS_COUNT };

static const char *const syntax_names[] = {"msg", "lineno", "offset", "text", "end_lineno",
                                           "end_offset", "print_file_and_line", "filename"};
enum { SYN_MSG, SYN_LINENO, SYN_OFFSET, SYN_TEXT, SYN_END_LINENO, SYN_END_OFFSET,
       SYN_PRINT_FILE_AND_LINE, SYN_FILENAME, SYN_COUNT };

static bool is_oserror(const ObjException *e) {
    return type_is_subtype(e->base.type, &exc_OSError);
}

static bool is_syntaxerror(const ObjException *e) {
    return type_is_subtype(e->base.type, &exc_SyntaxError);
}

// The field tuple of e, made (all unset) on first need; NULL at a limit.
static ObjTuple *fields_of(Run *r, ObjException *e, size_t count) {
    if (is_tuple(e->value) && as_tuple(e->value)->len == count) return as_tuple(e->value);
    Obj *t = tuple_new(r, count);
    if (!t) return NULL;
    for (size_t k = 0; k < count; k++) ((ObjTuple *)t)->items[k] = v_undef();
    e->value = v_obj(t);
    return (ObjTuple *)t;
}

// A field's value, undef when unset.
static Value field(const ObjException *e, int k) {
    bool set = is_tuple(e->value) && (size_t)k < as_tuple(e->value)->len;
    return set ? as_tuple(e->value)->items[k] : v_undef();
}

static int field_index(const char *const *names, int count, const ObjStr *n) {
    for (int k = 0; k < count; k++) {
        if (str_equal_cstr(n, names[k])) return k;
    }
    return -1;
}

// OSError(errno, strerror[, filename[, winerror[, filename2]]]): with two to five arguments
// errno and strerror are set; a filename that is not None is kept, with filename2, and args
// keep only the first two.
static bool oserror_init(Run *r, ObjException *e, const Args *a) {
    if (a->npos < 2 || a->npos > 5) return true;
    ObjTuple *f = fields_of(r, e, OS_COUNT);
    if (!f) return false;
    f->items[OS_ERRNO] = a->pos[0];
    f->items[OS_STRERROR] = a->pos[1];
    if (a->npos < 3 || is_none(a->pos[2])) return true;
    f->items[OS_FILENAME] = a->pos[2];
    if (a->npos == 5) f->items[OS_FILENAME2] = a->pos[4];
    Obj *args = tuple_pack2(r, a->pos[0], a->pos[1]);
    if (!args) return false;
    e->args = v_obj(args);
    return true;
}

// SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset[, metadata]])).
static bool syntaxerror_unpack(Run *r, ObjTuple *f, Value info_src) {
    Obj *info = tuple_from_iterable(r, info_src);
    if (!info) return false;
    ObjTuple *t = (ObjTuple *)info;
    if (t->len < 4) {
        return exc_raise(r, &exc_TypeError, "function takes at least 4 arguments (%zu given)",
                         t->len);
    }
    if (t->len > 7) {
        return exc_raise(r, &exc_TypeError, "function takes at most 7 arguments (%zu given)",
                         t->len);
    }
    if (t->len == 5) {
        return exc_raise(r, &exc_TypeError,
                         "end_offset must be provided when end_lineno is provided");
    }
    static const int order[] = {SYN_FILENAME, SYN_LINENO, SYN_OFFSET, SYN_TEXT, SYN_END_LINENO,
                                SYN_END_OFFSET};
    for (size_t k = 0; k < t->len && k < 6; k++) f->items[order[k]] = t->items[k];
    return true;
}

static bool syntaxerror_init(Run *r, ObjException *e, const Args *a) {
    ObjTuple *f = fields_of(r, e, SYN_COUNT);
    if (!f) return false;
    if (a->npos >= 1) f->items[SYN_MSG] = a->pos[0];
    return a->npos != 2 || syntaxerror_unpack(r, f, a->pos[1]);
}

bool exc_fields_init(Run *r, Obj *exc, const Args *a) {
    ObjException *e = (ObjException *)exc;
    if (is_oserror(e)) return oserror_init(r, e, a);
    if (is_syntaxerror(e)) return syntaxerror_init(r, e, a);
    return true;
}

// SyntaxError.msg; one that moat raised itself has no fields set: its message is its msg.
static Value syntaxerror_msg(const ObjException *e) {
    if (is_tuple(e->value) || as_tuple(e->args)->len == 0) return field(e, SYN_MSG);
    return as_tuple(e->args)->items[0];
}

bool exc_fields_get(const ObjException *e, const ObjStr *name, Value *out) {
    int k = -1;
    if (is_oserror(e)) k = field_index(oserror_names, OS_COUNT, name);
    else if (is_syntaxerror(e)) k = field_index(syntax_names, SYN_COUNT, name);
    if (k < 0) return false;
    *out = is_syntaxerror(e) && k == SYN_MSG ? syntaxerror_msg(e) : field(e, k);
    if (is_undef(*out)) *out = v_none();
    return true;
}

bool exc_fields_set(Run *r, ObjException *e, const ObjStr *name, Value val, bool *handled) {
    int k = -1, count = 0;
    if (is_oserror(e)) k = field_index(oserror_names, count = OS_COUNT, name);
    else if (is_syntaxerror(e)) k = field_index(syntax_names, count = SYN_COUNT, name);
    *handled = k >= 0;
    if (k < 0) return true;
    ObjTuple *f = fields_of(r, e, (size_t)count);
    if (!f) return false;
    f->items[k] = val;  // del: unset again
    return true;
}

bool exc_fields_reduce_args(Run *r, const ObjException *e, Value *out) {
    *out = e->args;
    if (!is_oserror(e)) return true;
    Value filename = field(e, OS_FILENAME), filename2 = field(e, OS_FILENAME2);
    if (as_tuple(e->args)->len != 2 || is_undef(filename)) return true;
    Obj *args = tuple_new(r, is_undef(filename2) ? 3 : 5);
    if (!args) return false;
    ObjTuple *t = (ObjTuple *)args;
    t->items[0] = as_tuple(e->args)->items[0];
    t->items[1] = as_tuple(e->args)->items[1];
    t->items[2] = filename;
    if (t->len == 5) {
        t->items[3] = v_none();  // winerror
        t->items[4] = filename2;
    }
    *out = v_obj(args);
    return true;
}

// str() of a field, "None" when unset.
static bool field_str(Run *r, const ObjException *e, int k, Buf *out) {
    Value v = field(e, k);
    return ops_str(r, is_undef(v) ? v_none() : v, out);
}

// "[Errno 2] No such file: 'a.txt' -> 'b.txt'": the file names when set; without them,
// errno and strerror when both are set; else BaseException's.
static bool oserror_str(Run *r, const ObjException *e, Buf *out, bool *done) {
    Value filename = field(e, OS_FILENAME), filename2 = field(e, OS_FILENAME2);
    *done = !is_undef(filename) ||
            (!is_undef(field(e, OS_ERRNO)) && !is_undef(field(e, OS_STRERROR)));
    if (!*done) return true;
    if (!buf_append_cstr(out, "[Errno ") || !field_str(r, e, OS_ERRNO, out) ||
        !buf_append_cstr(out, "] ") || !field_str(r, e, OS_STRERROR, out)) {
        return false;
    }
    if (is_undef(filename)) return true;
    if (!buf_append_cstr(out, ": ") || !ops_repr(r, filename, out)) return false;
    if (is_undef(filename2)) return true;
    return buf_append_cstr(out, " -> ") && ops_repr(r, filename2, out);
}

// "msg (f.py, line 3)": the file's base name, and the line when it is an int.
static bool syntaxerror_str(Run *r, const ObjException *e, Buf *out) {
    Value filename = field(e, SYN_FILENAME), lineno = field(e, SYN_LINENO);
    bool have_file = is_str(filename), have_line = is_int(lineno);
    Value msg = syntaxerror_msg(e);
    if (!ops_str(r, is_undef(msg) ? v_none() : msg, out)) return false;
    if (!have_file && !have_line) return true;
    if (!buf_append_cstr(out, " (")) return false;
    if (have_file) {
        const ObjStr *s = as_str(filename);
        size_t start = s->len;
        while (start > 0 && s->data[start - 1] != '/') start--;
        if (!buf_append(out, s->data + start, s->len - start)) return false;
    }
    if (have_line && !buf_printf(out, "%sline %lld", have_file ? ", " : "",
                                 (long long)lineno.as.i)) {
        return false;
    }
    return buf_append_char(out, ')');
}

bool exc_fields_str(Run *r, const ObjException *e, Buf *out, bool *done) {
    *done = false;
    if (is_oserror(e)) return oserror_str(r, e, out, done);
    if (!is_syntaxerror(e)) return true;
    *done = true;
    return syntaxerror_str(r, e, out);
}

// ---- the report of an uncaught SyntaxError (traceback.py's _format_syntax_error)

// The byte offset of code point `chars` of s[0..len) (len when it has fewer).
static size_t utf8_skip(const char *s, size_t len, int64_t chars) {
    size_t k = 0;
    for (; k < len && chars > 0; chars--) {
        k++;
        while (k < len && ((unsigned char)s[k] & 0xC0) == 0x80) k++;
    }
    return k;
}

static int64_t utf8_count(const char *s, size_t len) {
    int64_t n = 0;
    for (size_t k = 0; k < len; k++) n += ((unsigned char)s[k] & 0xC0) != 0x80;
    return n;
}

// The caret line under ltext: spaces (tabs kept) up to colno, then end_colno - colno carets.
static bool syntax_caret(Buf *out, const char *ltext, size_t llen, int64_t colno,
                         int64_t end_colno) {
    if (!buf_append_cstr(out, "    ")) return false;
    size_t upto = utf8_skip(ltext, llen, colno);
    for (size_t k = 0; k < upto; k++) {
        unsigned char c = (unsigned char)ltext[k];
        if ((c & 0xC0) == 0x80) continue;
        bool space = c == '\t' || c == '\v' || c == '\f' || c == '\r' || c == ' ';
        if (!buf_append_char(out, space ? (char)c : ' ')) return false;
    }
    for (int64_t k = colno; k < end_colno; k++) {
        if (!buf_append_char(out, '^')) return false;
    }
    return buf_append_char(out, '\n');
}

// Whether lineno and end_lineno are the same (traceback.py compares their str()).
static bool same_line(Value a, Value b) {
    if (is_undef(a) || is_none(a) || is_undef(b) || is_none(b)) {
        return (is_undef(a) || is_none(a)) && (is_undef(b) || is_none(b));
    }
    return is_int(a) && is_int(b) && a.as.i == b.as.i;
}

// The first and last column (1-based) of the caret, as _format_syntax_error settles them.
static void syntax_columns(const ObjException *e, int64_t text_chars, int64_t rtext_chars,
                           int64_t *offset, int64_t *end_offset) {
    Value end = field(e, SYN_END_OFFSET);
    *offset = field(e, SYN_OFFSET).as.i;
    if (same_line(field(e, SYN_LINENO), field(e, SYN_END_LINENO))) {
        *end_offset = is_int(end) && end.as.i != 0 ? end.as.i : *offset;
    } else {
        *end_offset = rtext_chars + 1;
    }
    if (text_chars && *offset > text_chars) *offset = rtext_chars + 1;
    if (text_chars && *end_offset > text_chars) *end_offset = rtext_chars + 1;
    if (*offset >= *end_offset || *end_offset < 0) *end_offset = *offset + 1;
}

// The text line, and under it the caret when offset is an int.
static bool syntax_text(Buf *out, const ObjException *e) {
    const ObjStr *text = as_str(field(e, SYN_TEXT));
    size_t rlen = text->len;
    while (rlen && text->data[rlen - 1] == '\n') rlen--;
    size_t start = 0;
    while (start < rlen && (text->data[start] == ' ' || text->data[start] == '\n' ||
                            text->data[start] == '\f')) {
        start++;
    }
    const char *ltext = text->data + start;
    size_t llen = rlen - start;
    if (!buf_append_cstr(out, "    ") || !buf_append(out, ltext, llen) ||
        !buf_append_char(out, '\n')) {
        return false;
    }
    if (!is_int(field(e, SYN_OFFSET))) return true;
    int64_t offset, end_offset, spaces = (int64_t)start;
    syntax_columns(e, (int64_t)text->chars, utf8_count(text->data, rlen), &offset, &end_offset);
    int64_t colno = offset - 1 - spaces, end_colno = end_offset - 1 - spaces;
    return colno < 0 || syntax_caret(out, ltext, llen, colno, end_colno);
}

bool exc_fields_syntax_report(Run *r, const ObjException *e, Buf *lines, Buf *msg) {
    Value filename = field(e, SYN_FILENAME), lineno = field(e, SYN_LINENO);
    bool named = !is_undef(filename) && !is_none(filename), truthy = false;
    if (!is_undef(lineno) && !is_none(lineno)) {
        if (named && !ops_truthy(r, filename, &truthy)) return false;
        if (!buf_append_cstr(lines, "  File \"") ||
            !(truthy ? ops_str(r, filename, lines) : buf_append_cstr(lines, "<string>")) ||
            !buf_append_cstr(lines, "\", line ") || !ops_str(r, lineno, lines) ||
            !buf_append_char(lines, '\n')) {
            return false;
        }
        named = false;  // no suffix: the File line names it
    }
    if (is_str(field(e, SYN_TEXT)) && !syntax_text(lines, e)) return false;
    Value text = syntaxerror_msg(e);
    bool has_msg = false;
    if (!is_undef(text) && !ops_truthy(r, text, &has_msg)) return false;
    if (!(has_msg ? ops_str(r, text, msg) : buf_append_cstr(msg, "<no detail available>"))) {
        return false;
    }
    if (!named) return true;
    return buf_append_cstr(msg, " (") && ops_str(r, filename, msg) && buf_append_char(msg, ')');
}
