// Formatting an uncaught exception exactly as CPython 3.14 prints it: the chain of causes and
// contexts, one entry per frame with its source line and ~~~^^^ position markers, repeated
// entries collapsed, and the final "Type: message" line.
#include "interp/traceback.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "interp/code.h"
#include "interp/exc.h"
#include "interp/exc_fields.h"
#include "interp/gc.h"
#include "interp/libframes.h"
#include "interp/mem.h"
#include "interp/obj_int.h"
#include "interp/obj_class.h"
#include "interp/obj_list.h"
#include "interp/obj_str.h"
#include "interp/obj_traceback.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"
#include "interp/suggest.h"

// guard: exception chains are followed to this depth at most
enum { TB_MAX_CHAIN = 100 };

// The bytes of line `line` (1-based) of src, without its end of line.
static const char *tb_line(const SourceInfo *src, uint32_t line, size_t *len) {
    size_t k = 0;
    for (uint32_t l = 1; l < line && k < src->len; k++) {
        if (src->text[k] == '\n') l++;
    }
    size_t e = k;
    while (e < src->len && src->text[e] != '\n' && src->text[e] != '\r') e++;
    *len = e - k;
    return src->text + k;
}

// ---- an entry's source lines and markers, as traceback.py's format_frame_summary ----

// guard: a span over more lines than this shows its first line only
enum { TB_MAX_SPAN_LINES = 1000 };

static bool tb_is_space(char c) {
    return c == ' ' || c == '\t' || c == '\f' || c == '\v';
}

// The lines of an entry's span, rstripped and dedented together (_dedented_lines).
typedef struct TbSpan {
    const char *start[TB_MAX_SPAN_LINES];  // where each line begins in the source
    const char *src_end;
    uint32_t first, count;  // source lines first .. first + count - 1
    size_t indent;          // leading bytes removed from every line
} TbSpan;

static const char *tb_span_raw_line(const TbSpan *s, uint32_t k, size_t *len) {
    const char *p = s->start[k], *e = p;
    while (e < s->src_end && *e != '\n' && *e != '\r') e++;
    *len = (size_t)(e - p);
    return p;
}

static const char *tb_span_line(const TbSpan *s, uint32_t k, size_t *len) {
    size_t n;
    const char *line = tb_span_raw_line(s, k, &n);
    while (n > 0 && tb_is_space(line[n - 1])) n--;
    size_t cut = s->indent < n ? s->indent : n;
    *len = n - cut;
    return line + cut;
}

// The span's lines are found once: a source can be megabytes long.
static void tb_span_init(TbSpan *s, const SourceInfo *src, uint32_t first, uint32_t count) {
    size_t unused;
    s->start[0] = tb_line(src, first, &unused);
    s->src_end = src->text + src->len;
    s->first = first;
    s->count = count;
    s->indent = SIZE_MAX;
    for (uint32_t k = 0; k < count; k++) {
        if (k > 0) {
            const char *nl = memchr(s->start[k - 1], '\n', (size_t)(s->src_end - s->start[k - 1]));
            s->start[k] = nl ? nl + 1 : s->src_end;
        }
        size_t len, lead = 0;
        const char *line = tb_span_raw_line(s, k, &len);
        while (lead < len && tb_is_space(line[lead])) lead++;
        if (lead < len && lead < s->indent) s->indent = lead;  // blank lines do not count
    }
    if (s->indent == SIZE_MAX) s->indent = 0;
}

// Columns the first n bytes of s take on a terminal: East Asian wide and fullwidth characters
// take two (traceback.py's _display_width).
static size_t tb_width(const char *s, size_t n) {
    size_t w = 0;
    for (size_t k = 0; k < n;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t step = utf8proc_iterate((const utf8proc_uint8_t *)s + k,
                                                 (utf8proc_ssize_t)(n - k), &cp);
        if (step <= 0) step = 1, cp = 0;
        k += (size_t)step;
        w += utf8proc_charwidth(cp) == 2 ? 2 : 1;
    }
    return w;
}

// A place in the span: line index and byte column of the dedented line.
typedef struct TbPoint {
    uint32_t line;
    size_t col;
} TbPoint;

static bool tb_before(TbPoint a, TbPoint b) {
    return a.line < b.line || (a.line == b.line && a.col < b.col);
}

// What the markers cover: the span [start, end), and with anchors the ^^^ part [left, right)
// (the operator, or the call's or subscript's brackets to the end), ~~~ elsewhere.
typedef struct TbMarks {
    TbPoint start, end, left, right;
    bool anchored, show;
} TbMarks;

// From `at`, the first character before `end` that `want` accepts (increment_until): a
// comment or a line continuation skips to the next line.
static bool tb_scan(const TbSpan *s, TbPoint at, TbPoint end, bool (*want)(char), TbPoint *out) {
    for (; at.line <= end.line; at.line++, at.col = 0) {
        size_t len;
        const char *line = tb_span_line(s, at.line, &len);
        for (; at.col < len && tb_before(at, end); at.col++) {
            if (line[at.col] == '#' || line[at.col] == '\\') break;
            if (want(line[at.col])) {
                *out = at;
                return true;
            }
        }
    }
    return false;
}

static bool tb_is_operator_start(char c) {
    return !tb_is_space(c) && c != ')';
}
static bool tb_is_paren(char c) {
    return c == '(';
}
static bool tb_is_bracket(char c) {
    return c == '[';
}

// The anchors of a binary operation, call or subscript whose first operand ends at `from`.
static bool tb_anchors(const TbSpan *s, const InsnPos *p, TbMarks *m) {
    if (p->mark_line < s->first || p->mark_col < s->indent) return false;
    TbPoint from = {p->mark_line - s->first, p->mark_col - s->indent};
    if (p->kind == POS_BINOP) {
        if (!tb_scan(s, from, m->end, tb_is_operator_start, &m->left)) return false;
        size_t len;
        const char *line = tb_span_line(s, m->left.line, &len);
        const char *op = line + m->left.col;
        m->right = (TbPoint){m->left.line, m->left.col + 1};
        // the two-character operators: ** // << >>
        if (m->left.col + 1 < len && op[1] == op[0] && strchr("*/<>", op[0])) m->right.col++;
        return true;
    }
    m->right = m->end;
    bool (*opener)(char) = p->kind == POS_SUBSCRIPT ? tb_is_bracket : tb_is_paren;
    return tb_scan(s, from, m->end, opener, &m->left);
}

// Whether CPython draws markers under the span (_should_show_carets): not for `return f(x)`
// or `y = f(x)`, always with anchors, else only when the span leaves part of its lines out.
static bool tb_show_marks(const TbSpan *s, const TbMarks *m, const InsnPos *p) {
    if (p->kind == POS_BARE) return false;
    if (m->anchored) return true;
    size_t len;
    const char *line = tb_span_line(s, 0, &len);
    for (size_t k = 0; k < m->start.col && k < len; k++) {
        if (!tb_is_space(line[k])) return true;
    }
    line = tb_span_line(s, m->end.line, &len);
    return m->end.col < len;  // the line is rstripped: anything after the end is text
}

// One line of the span and, when shown, its marker line.
static bool tb_output_line(Buf *out, const TbSpan *s, const TbMarks *m, uint32_t k) {
    size_t len;
    const char *line = tb_span_line(s, k, &len);
    if (!buf_append_cstr(out, "    ") || !buf_append(out, line, len) ||
        !buf_append_char(out, '\n')) {
        return false;
    }
    if (!m->show) return true;
    size_t spaces = 0;
    while (spaces < len && tb_is_space(line[spaces])) spaces++;
    size_t start = k == 0 ? tb_width(line, m->start.col < len ? m->start.col : len) : 0;
    size_t count = tb_width(line, k == m->end.line && m->end.col < len ? m->end.col : len);
    size_t left = 0, right = 0;
    if (m->anchored) {
        size_t n;
        const char *l = tb_span_line(s, m->left.line, &n);
        left = tb_width(l, m->left.col < n ? m->left.col : n);
        l = tb_span_line(s, m->right.line, &n);
        right = tb_width(l, m->right.col < n ? m->right.col : n);
    }
    if (!buf_append_cstr(out, "    ")) return false;
    for (size_t col = 0; col < count; col++) {
        char c = m->anchored ? '~' : '^';
        if (col < spaces || col < start) c = ' ';
        else if (m->anchored &&
                 (k > m->left.line || (k == m->left.line && col >= left)) &&
                 (k < m->right.line || (k == m->right.line && col < right))) {
            c = '^';
        }
        if (!buf_append_char(out, c)) return false;
    }
    return buf_append_char(out, '\n');
}

static void tb_add_line(uint32_t *lines, uint32_t *n, uint32_t k, uint32_t count) {
    if (k >= count) return;
    for (uint32_t j = 0; j < *n; j++) {
        if (lines[j] == k) return;
    }
    lines[(*n)++] = k;
}

static int tb_cmp_line(const void *a, const void *b) {
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

// The lines CPython shows: the first, the last and those around the anchors, with
// "...<N lines>..." for a longer run of lines left out.
static bool tb_output_lines(Buf *out, const TbSpan *s, const TbMarks *m) {
    uint32_t lines[8], n = 0, last = s->count - 1;
    tb_add_line(lines, &n, 0, s->count);
    tb_add_line(lines, &n, last, s->count);
    if (m->anchored) {
        const uint32_t around[2] = {m->left.line, m->right.line};
        for (int a = 0; a < 2; a++) {
            if (around[a] > 0) tb_add_line(lines, &n, around[a] - 1, s->count);
            tb_add_line(lines, &n, around[a], s->count);
            tb_add_line(lines, &n, around[a] + 1, s->count);
        }
    }
    qsort(lines, n, sizeof *lines, tb_cmp_line);
    for (uint32_t i = 0; i < n; i++) {
        uint32_t gap = i ? lines[i] - lines[i - 1] : 1;
        if (gap == 2 && !tb_output_line(out, s, m, lines[i] - 1)) return false;
        if (gap > 2 && !buf_printf(out, "    ...<%u lines>...\n", gap - 1)) return false;
        if (!tb_output_line(out, s, m, lines[i])) return false;
    }
    return true;
}

static bool tb_entry_source(Buf *out, const SourceInfo *src, const InsnPos *p) {
    const Span *sp = &p->span;
    uint32_t count = sp->end_line >= sp->line && sp->end_line - sp->line < TB_MAX_SPAN_LINES
                         ? sp->end_line - sp->line + 1
                         : 1;
    TbSpan s;
    tb_span_init(&s, src, sp->line, count);
    size_t len;
    tb_span_line(&s, 0, &len);
    if (count == 1 && len == 0) return true;  // a blank line shows nothing
    TbMarks m = {.start = {0, sp->col > s.indent ? sp->col - s.indent : 0},
                 .end = {count - 1, sp->end_col > s.indent ? sp->end_col - s.indent : 0}};
    // a span without columns, or empty, shows its lines alone
    bool columns = count == sp->end_line - sp->line + 1 && (count > 1 || sp->end_col > sp->col);
    if (columns) {
        // a bare call has anchors too: they decide which lines show
        m.anchored = p->kind != POS_PLAIN && tb_anchors(&s, p, &m);
        m.show = tb_show_marks(&s, &m, p);
    }
    return tb_output_lines(out, &s, &m);
}

static bool tb_same(const TracebackEntry *x, const TracebackEntry *y) {
    if (!x->code || !y->code) return !x->code && !y->code && x->lib == y->lib && x->insn == y->insn;
    return x->code == y->code && traceback_entry_line(x) == traceback_entry_line(y);
}

// A frame of CPython's library: its File line, then its lines as CPython shows them.
static bool tb_lib_entry(Buf *out, const TracebackEntry *t) {
    const LibFrame *f = t->lib;
    if (!buf_printf(out, "  File \"%s\", line %u, in %s\n", f->file, t->insn, f->func)) {
        return false;
    }
    for (const char *s = f->shown; *s;) {
        size_t len = strcspn(s, "\n");
        if (!buf_append_cstr(out, "    ") || !buf_append(out, s, len) ||
            !buf_append_char(out, '\n')) {
            return false;
        }
        s += len + (s[len] == '\n');
    }
    return true;
}

// One frame as traceback.py's format_frame_summary writes it.
static bool tb_entry(Buf *out, const SourceInfo *src, const TracebackEntry *t) {
    if (!t->code) return tb_lib_entry(out, t);
    const Code *code = t->code;
    // at the def line: that line alone, without markers
    const InsnPos at_def = {.span = {code->first_line, 0, code->first_line, 0}, .kind = POS_BARE};
    const InsnPos *p = t->insn == TB_AT_DEF ? &at_def : &code->pos[t->insn];
    return buf_printf(out, "  File \"%s\", line %u, in %s\n", src->filename, p->span.line,
                      ((const ObjStr *)code->name)->data) &&
           tb_entry_source(out, src, p);
}

static bool tb_is_strip_space(char c) {
    return tb_is_space(c) || c == '\n' || c == '\r';
}

// text[0..*len) without leading and trailing whitespace (str.strip)
static const char *tb_strip(const char *text, size_t *len) {
    size_t n = *len;
    while (n > 0 && tb_is_strip_space(text[n - 1])) n--;
    while (n > 0 && tb_is_strip_space(*text)) text++, n--;
    *len = n;
    return text;
}

const char *traceback_source_line(const Run *r, uint32_t lineno, size_t *len) {
    return tb_strip(tb_line(&r->source, lineno, len), len);
}

void traceback_summary(const Run *r, const TracebackEntry *t, TracebackSummary *out) {
    *out = (TracebackSummary){.colno = -1, .end_colno = -1};
    out->lineno = out->end_lineno = traceback_entry_line(t);
    if (!t->code) {
        out->filename = t->lib->file;
        out->name = t->lib->func;
        out->line_len = strcspn(t->lib->shown, "\n");
        out->line = tb_strip(t->lib->shown, &out->line_len);
        return;
    }
    const Code *code = t->code;
    out->filename = r->source.filename;
    out->name = ((const ObjStr *)code->name)->data;
    if (t->insn != TB_AT_DEF) {
        const Span *sp = &code->pos[t->insn].span;
        out->end_lineno = sp->end_line;
        out->colno = sp->col;
        out->end_colno = sp->end_col;
    }
    out->line = tb_strip(tb_line(&r->source, out->lineno, &out->line_len), &out->line_len);
}

// Each string of a report is handed to an emitter as it is finished: a frame, an exception's
// line, a chain message (the strings traceback.py's format_* functions return in a list).
typedef struct TbEmit {
    bool (*fn)(void *ctx, const char *text, size_t len);
    void *ctx;
} TbEmit;

static bool tb_emit_buf(const TbEmit *emit, const Buf *b) {
    return emit->fn(emit->ctx, b->data ? b->data : "", b->len);
}

Obj *traceback_window(Obj *tb, const TracebackOptions *o, uint64_t *count) {
    uint64_t n = 0;
    for (Obj *t = tb; t; t = as_traceback(t)->next) n++;
    uint64_t skip = 0;
    if (o->limited && o->limit >= 0) {
        if ((uint64_t)o->limit < n) n = (uint64_t)o->limit;
    } else if (o->limited) {
        uint64_t keep = o->limit < -(int64_t)n ? n : (uint64_t)-o->limit;
        skip = n - keep;
        n = keep;
    }
    for (; skip; skip--) tb = as_traceback(tb)->next;
    *count = n;
    return tb;
}

bool traceback_repeat_step(TracebackRepeat *rep, bool same, Buf *out, bool *show) {
    if (!same && !traceback_repeat_end(rep, out)) return false;
    rep->count = same ? rep->count + 1 : 1;
    *show = rep->count <= 3;
    return true;
}

bool traceback_repeat_end(TracebackRepeat *rep, Buf *out) {
    uint64_t more = rep->count > 3 ? rep->count - 3 : 0;
    rep->count = 0;
    return !more || buf_printf(out, "  [Previous line repeated %llu more time%s]\n",
                               (unsigned long long)more, more == 1 ? "" : "s");
}

bool traceback_format_entry(Run *r, const TracebackEntry *at, Buf *out) {
    return tb_entry(out, &r->source, at);
}

// The frames of chain tb, outermost first, with long runs of one line collapsed
// (StackSummary.format).
static bool tb_entries(Run *r, Obj *tb, const TracebackOptions *o, const TbEmit *emit) {
    uint64_t n;
    Obj *t = traceback_window(tb, o, &n);
    Buf b;
    buf_init(&b, r);
    bool ok = true, show;
    TracebackRepeat rep = {0};
    const TracebackEntry *prev = NULL;
    for (; n && ok; n--, t = as_traceback(t)->next) {
        const TracebackEntry *at = &as_traceback(t)->at;
        b.len = 0;
        ok = traceback_repeat_step(&rep, prev && tb_same(at, prev), &b, &show) &&
             (b.len == 0 || tb_emit_buf(emit, &b));
        prev = at;
        b.len = 0;
        if (ok && show) ok = tb_entry(&b, &r->source, at) && tb_emit_buf(emit, &b);
    }
    b.len = 0;
    ok = ok && traceback_repeat_end(&rep, &b) && (b.len == 0 || tb_emit_buf(emit, &b));
    buf_fini(&b);
    return ok;
}

// The innermost frame's code, for NameError's hints: NULL without frames.
static const void *tb_innermost_code(Obj *tb) {
    if (!tb) return NULL;
    while (as_traceback(tb)->next) tb = as_traceback(tb)->next;
    return as_traceback(tb)->at.code;
}

// str(v) into out, or traceback.py's "<what str() failed>" when str() raises.
static bool tb_safe_str(Run *r, Value v, const char *what, Buf *out) {
    size_t mark = out->len;
    if (ops_str(r, v, out)) return true;
    if (r->abort || !is_exception(r->exc)) return false;
    exc_clear(r);
    out->len = mark;
    return buf_printf(out, "<%s str() failed>", what);
}

// "Type: message" and the hint, if any; msg: the message (NULL: str(exc)).
static bool tb_type_line(Run *r, Value exc, Obj *tb, const Buf *msg, Buf *out) {
    const char *module = exc.as.obj->type->module;
    if (module && !buf_printf(out, "%s.", module)) return false;
    if (!buf_append_cstr(out, type_qualname(exc.as.obj->type))) return false;
    size_t mark = out->len;
    if (!buf_append_cstr(out, ": ")) return false;
    if (!(msg ? buf_append(out, msg->data ? msg->data : "", msg->len)
              : tb_safe_str(r, exc, "exception", out))) {
        return false;
    }
    if (out->len == mark + 2) out->len = mark;  // an empty message prints the name alone
    const ObjException *e = (const ObjException *)exc.as.obj;
    return suggest_append(r, e, tb_innermost_code(tb), out) && buf_append_char(out, '\n');
}

// Each line of b's text, one string a line.
static bool tb_emit_lines(const Buf *b, const TbEmit *emit) {
    for (size_t k = 0, line = 0; k < b->len; k++) {
        if (b->data[k] != '\n') continue;
        if (!emit->fn(emit->ctx, b->data + line, k + 1 - line)) return false;
        line = k + 1;
    }
    return true;
}

static bool tb_note(Run *r, Value note, Buf *b, const TbEmit *emit) {
    b->len = 0;
    return tb_safe_str(r, note, "note", b) && buf_append_char(b, '\n') && tb_emit_lines(b, emit);
}

// A SyntaxError's File line, text and caret, then its "SyntaxError: msg" line.
static bool tb_syntax_error(Run *r, Value exc, Obj *tb, Buf *b, const TbEmit *emit) {
    Buf msg;
    buf_init(&msg, r);
    bool ok = exc_fields_syntax_report(r, (const ObjException *)exc.as.obj, b, &msg) &&
              tb_emit_lines(b, emit);
    b->len = 0;
    ok = ok && tb_type_line(r, exc, tb, &msg, b) && tb_emit_buf(emit, b);
    buf_fini(&msg);
    return ok;
}

// The exception's line, then its notes (format_exception_only); tb is what the exception's
// hint may look at.
static bool tb_exception_only(Run *r, Value exc, Obj *tb, const TbEmit *emit) {
    Buf b;
    buf_init(&b, r);
    bool ok = type_is_subtype(exc.as.obj->type, &exc_SyntaxError)
                  ? tb_syntax_error(r, exc, tb, &b, emit)
                  : tb_type_line(r, exc, tb, NULL, &b) && tb_emit_buf(emit, &b);
    const ObjException *e = (const ObjException *)exc.as.obj;
    Value it, note;
    if (ok && !is_undef(e->notes) && (ok = ops_iter(r, e->notes, &it) && gc_push_root(r, it))) {
        IterStep s;
        while ((s = ops_next(r, it, &note)) == ITER_ITEM && (ok = tb_note(r, note, &b, emit))) {
        }
        ok = ok && s != ITER_ERROR;
        gc_pop_roots(r, 1);
    }
    buf_fini(&b);
    return ok;
}

// ---- chains and exception groups ----

// The exceptions a report shows, found as CPython's TracebackException finds them: from the
// top one, breadth-first with a LIFO queue, each cause, context and group member once (an
// exception seen already is not shown again as a cause or context).
typedef struct TbNode {
    Value exc;
    Obj *tb;                       // the frames shown for it
    int32_t cause, context;        // node indexes, -1 for none
    int32_t first_sub, sub_count;  // a group's members: consecutive nodes
} TbNode;

// Where a report is being written: inside an exception group, every line is indented two
// spaces per level and carries a margin ("| "), as CPython's _ExceptionPrintContext does.
typedef struct TbCtx {
    Run *r;
    const TracebackOptions *opt;
    Buf *out;
    size_t cut;  // where the string being written began (opt->chunks)
    TbNode *nodes;
    int32_t count;
    uint32_t group_depth;
    bool need_close;  // the last sub-exception's closing line is still to be written
} TbCtx;

// guard: a report shows this many exceptions at most; groups nest this deep at most (CPython's
// max_group_depth) and show this many members (max_group_width)
enum { TB_MAX_EXCEPTIONS = 1000, TB_MAX_GROUP_DEPTH = 10, TB_MAX_GROUP_WIDTH = 15 };

static bool tb_is_group(const ObjException *e) {
    return type_is_subtype(e->base.type, &exc_BaseExceptionGroup) && is_tuple(e->value);
}

static bool tb_seen(const TbCtx *c, Value exc) {
    for (int32_t k = 0; k < c->count; k++) {
        if (c->nodes[k].exc.as.obj == exc.as.obj) return true;
    }
    return false;
}

// A new node for exc, or -1 when the report is full.
static int32_t tb_node(TbCtx *c, Value exc) {
    if (c->count == TB_MAX_EXCEPTIONS) return -1;
    c->nodes[c->count] = (TbNode){.exc = exc, .tb = ((const ObjException *)exc.as.obj)->traceback,
                                  .cause = -1, .context = -1, .first_sub = -1};
    return c->count++;
}

static bool tb_build(TbCtx *c, Value top) {
    c->nodes = mem_alloc(c->r, TB_MAX_EXCEPTIONS * sizeof *c->nodes);
    int32_t *queue = mem_alloc(c->r, TB_MAX_EXCEPTIONS * sizeof *queue);
    if (!c->nodes || !queue) {
        if (queue) mem_free(c->r, queue, TB_MAX_EXCEPTIONS * sizeof *queue);
        return false;
    }
    size_t queued = 0;
    queue[queued++] = tb_node(c, top);
    c->nodes[0].tb = c->opt->tb;
    while (queued) {
        TbNode *n = &c->nodes[queue[--queued]];
        const ObjException *e = (const ObjException *)n->exc.as.obj;
        int32_t first = c->count;
        if (is_exception(e->cause) && !tb_seen(c, e->cause)) n->cause = tb_node(c, e->cause);
        if (n->cause < 0 && !e->suppress_context && is_exception(e->context) &&
            !tb_seen(c, e->context)) {
            n->context = tb_node(c, e->context);
        }
        if (tb_is_group(e)) {
            const ObjTuple *subs = as_tuple(e->value);
            n->first_sub = c->count;
            for (size_t k = 0; k < subs->len && tb_node(c, subs->items[k]) >= 0; k++) {
                n->sub_count++;
            }
        }
        // every node is queued once, right after it is made
        for (int32_t k = first; k < c->count; k++) queue[queued++] = k;
    }
    mem_free(c->r, queue, TB_MAX_EXCEPTIONS * sizeof *queue);
    return true;
}

// Ends the string being written: it joins opt->chunks.
static bool tb_cut(TbCtx *c) {
    if (!c->opt->chunks || c->out->len == c->cut) return true;
    Obj *s = str_new(c->r, c->out->data + c->cut, c->out->len - c->cut);
    c->cut = c->out->len;
    if (!s || !gc_push_root(c->r, v_obj(s))) return false;
    bool ok = list_append(c->r, c->opt->chunks, v_obj(s));
    gc_pop_roots(c->r, 1);
    return ok;
}

static bool tb_indent(TbCtx *c) {
    for (uint32_t k = 0; k < c->group_depth; k++) {
        if (!buf_append_cstr(c->out, "  ")) return false;
    }
    return true;
}

// Writes one string with every line prefixed by the indent and, inside a group, the margin.
static bool tb_emit(TbCtx *c, char margin, const char *text, size_t len) {
    if (c->group_depth == 0) return buf_append(c->out, text, len) && tb_cut(c);
    for (size_t k = 0; k < len;) {
        const char *nl = memchr(text + k, '\n', len - k);
        size_t end = nl ? (size_t)(nl - text) + 1 : len;
        if (!tb_indent(c) || !buf_append_char(c->out, margin) || !buf_append_char(c->out, ' ') ||
            !buf_append(c->out, text + k, end - k)) {
            return false;
        }
        k = end;
    }
    return tb_cut(c);
}

static bool tb_emit_cstr(TbCtx *c, char margin, const char *text) {
    return tb_emit(c, margin, text, strlen(text));
}

// The emitter of strings under the '|' margin.
static bool tb_emit_fn(void *ctx, const char *text, size_t len) {
    return tb_emit(ctx, '|', text, len);
}

// The frames of exc (with a header line), then its final line, under the margin.
static bool tb_emit_exception(TbCtx *c, char margin, const char *header, const TbNode *n) {
    const TbEmit emit = {tb_emit_fn, c};
    uint64_t frames;
    traceback_window(n->tb, c->opt, &frames);
    if (frames && (!tb_emit_cstr(c, margin, header) || !tb_entries(c->r, n->tb, c->opt, &emit))) {
        return false;
    }
    return tb_exception_only(c->r, n->exc, n->tb, &emit);
}

static bool tb_format(TbCtx *c, int32_t node, uint32_t depth);

// "  +-+---------------- 1 ----------------" and the member under it.
static bool tb_group_item(TbCtx *c, const TbNode *group, int32_t i, int32_t shown) {
    bool last = i + 1 == shown, truncated = i >= TB_MAX_GROUP_WIDTH;
    if (last) c->need_close = true;
    if (!tb_indent(c) || !buf_append_cstr(c->out, i == 0 ? "+-" : "  ")) return false;
    bool ok = truncated ? buf_append_cstr(c->out, "+---------------- ... ----------------\n")
                        : buf_printf(c->out, "+---------------- %d ----------------\n", (int)i + 1);
    ok = ok && tb_cut(c);
    c->group_depth++;
    if (ok && truncated) {
        int32_t more = group->sub_count - TB_MAX_GROUP_WIDTH;
        char text[64];
        snprintf(text, sizeof text, "and %d more exception%s\n", (int)more, more == 1 ? "" : "s");
        ok = tb_emit_cstr(c, '|', text);
    } else if (ok) {
        ok = tb_format(c, group->first_sub + i, 0);
    }
    if (ok && last && c->need_close) {
        ok = tb_indent(c) &&
             buf_append_cstr(c->out, "+------------------------------------\n") && tb_cut(c);
        c->need_close = false;
    }
    c->group_depth--;
    return ok;
}

// An exception group: its own traceback and line, then each member in a box.
static bool tb_format_group(TbCtx *c, int32_t node) {
    if (c->group_depth > TB_MAX_GROUP_DEPTH) {
        return tb_emit_cstr(c, '|', "... (max_group_depth is 10)\n");
    }
    bool toplevel = c->group_depth == 0;
    if (toplevel) c->group_depth = 1;
    const TbNode group = c->nodes[node];
    if (!tb_emit_exception(c, toplevel ? '+' : '|',
                           "Exception Group Traceback (most recent call last):\n", &group)) {
        return false;
    }
    int32_t shown =
        group.sub_count <= TB_MAX_GROUP_WIDTH ? group.sub_count : TB_MAX_GROUP_WIDTH + 1;
    c->need_close = false;
    for (int32_t i = 0; i < shown; i++) {
        if (!tb_group_item(c, &group, i, shown)) return false;
    }
    if (toplevel) c->group_depth = 0;
    return true;
}

// One exception with the chain of causes and contexts before it.
static bool tb_format(TbCtx *c, int32_t node, uint32_t depth) {
    const TbNode *n = &c->nodes[node];
    if (depth < TB_MAX_CHAIN && c->opt->chain) {
        if (n->cause >= 0) {
            if (!tb_format(c, n->cause, depth + 1) ||
                !tb_emit_cstr(c, '|', "\nThe above exception was the direct cause of the "
                                      "following exception:\n\n")) {
                return false;
            }
        } else if (n->context >= 0) {
            if (!tb_format(c, n->context, depth + 1) ||
                !tb_emit_cstr(c, '|', "\nDuring handling of the above exception, another "
                                      "exception occurred:\n\n")) {
                return false;
            }
        }
    }
    n = &c->nodes[node];
    if (tb_is_group((const ObjException *)n->exc.as.obj)) return tb_format_group(c, node);
    return tb_emit_exception(c, '|', "Traceback (most recent call last):\n", n);
}

// An uncaught SystemExit prints no traceback: only its code, unless that is None or an int
// (the exit status then).
static bool system_exit_format(Run *r, const ObjException *e, Buf *out) {
    if (is_undef(e->value) || is_none(e->value) || int_check(e->value)) return true;
    return ops_str(r, e->value, out) && buf_append_char(out, '\n');
}

bool traceback_format(Run *r, Value exc, Buf *out) {
    const ObjException *e = (const ObjException *)exc.as.obj;
    if (type_is_subtype(e->base.type, &exc_SystemExit)) return system_exit_format(r, e, out);
    const TracebackOptions opt = {.tb = e->traceback, .chain = true};
    return traceback_format_exception(r, exc, &opt, out);
}

bool traceback_format_exception(Run *r, Value exc, const TracebackOptions *opt, Buf *out) {
    TbCtx c = {.r = r, .opt = opt, .out = out, .cut = out->len};
    bool ok = tb_build(&c, exc) && tb_format(&c, 0, 0);
    if (c.nodes) mem_free(r, c.nodes, TB_MAX_EXCEPTIONS * sizeof *c.nodes);
    return ok;
}

// ---- a traceback or an exception's line alone ----

typedef struct TbPlain {
    Run *r;
    Buf *out;
    Obj *chunks;
} TbPlain;

static bool tb_plain_emit(void *ctx, const char *text, size_t len) {
    TbPlain *p = ctx;
    if (!p->chunks) return buf_append(p->out, text, len);
    Obj *s = str_new(p->r, text, len);
    if (!s || !gc_push_root(p->r, v_obj(s))) return false;
    bool ok = list_append(p->r, p->chunks, v_obj(s));
    gc_pop_roots(p->r, 1);
    return ok;
}

bool traceback_format_tb(Run *r, Obj *tb, const TracebackOptions *opt, Buf *out) {
    TbPlain p = {r, out, opt->chunks};
    const TbEmit emit = {tb_plain_emit, &p};
    return tb_entries(r, tb, opt, &emit);
}

bool traceback_format_exception_only(Run *r, Value exc, const TracebackOptions *opt, Buf *out) {
    TbPlain p = {r, out, opt->chunks};
    const TbEmit emit = {tb_plain_emit, &p};
    return tb_exception_only(r, exc, opt->tb, &emit);
}
