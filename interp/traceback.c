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
#include "interp/libframes.h"
#include "interp/mem.h"
#include "interp/obj_int.h"
#include "interp/obj_class.h"
#include "interp/obj_str.h"
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

// The line an entry points at.
static uint32_t tb_entry_line(const TracebackEntry *t) {
    const Code *code = t->code;
    return t->insn == TB_AT_DEF ? code->first_line : code->pos[t->insn].span.line;
}

static bool tb_same(const TracebackEntry *x, const TracebackEntry *y) {
    if (!x->code || !y->code) return !x->code && !y->code && x->lib == y->lib && x->insn == y->insn;
    return x->code == y->code && tb_entry_line(x) == tb_entry_line(y);
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

// The frames' entries, outermost first (no header line).
static bool tb_entries(Buf *out, const SourceInfo *src, const ObjException *e) {
    uint32_t repeat = 0;
    for (uint32_t k = e->tb_count; k > 0; k--) {
        const TracebackEntry *t = &e->tb[k - 1];
        if (k < e->tb_count && tb_same(t, &e->tb[k])) {
            repeat++;
        } else {
            if (repeat > 3 && !buf_printf(out, "  [Previous line repeated %u more time%s]\n",
                                          repeat - 3, repeat - 3 == 1 ? "" : "s")) {
                return false;
            }
            repeat = 1;
        }
        if (repeat > 3) continue;
        if (!t->code) {
            if (!tb_lib_entry(out, t)) return false;
            continue;
        }
        const Code *code = t->code;
        // at the def line: that line alone, without markers
        const InsnPos at_def = {.span = {code->first_line, 0, code->first_line, 0},
                                .kind = POS_BARE};
        const InsnPos *p = t->insn == TB_AT_DEF ? &at_def : &code->pos[t->insn];
        if (!buf_printf(out, "  File \"%s\", line %u, in %s\n", src->filename, p->span.line,
                        ((const ObjStr *)code->name)->data)) {
            return false;
        }
        if (!tb_entry_source(out, src, p)) return false;
    }
    if (repeat > 3) {
        return buf_printf(out, "  [Previous line repeated %u more time%s]\n", repeat - 3,
                          repeat - 3 == 1 ? "" : "s");
    }
    return true;
}

bool traceback_last_line(Run *r, Value exc, Buf *out) {
    const char *module = exc.as.obj->type->module;
    if (module && !buf_printf(out, "%s.", module)) return false;
    if (!buf_append_cstr(out, type_qualname(exc.as.obj->type))) return false;
    size_t mark = out->len;
    if (!buf_append_cstr(out, ": ") || !ops_str(r, exc, out)) return false;
    if (out->len == mark + 2) out->len = mark;  // an empty message prints the name alone
    ObjException *e = (ObjException *)exc.as.obj;
    if (!suggest_append(r, e, e->tb_count ? e->tb[0].code : NULL, out)) return false;
    if (!buf_append_char(out, '\n')) return false;
    if (is_undef(e->notes)) return true;
    Value it, note;
    if (!ops_iter(r, e->notes, &it)) return false;
    IterStep s;
    while ((s = ops_next(r, it, &note)) == ITER_ITEM) {
        if (!ops_str(r, note, out) || !buf_append_char(out, '\n')) return false;
    }
    return s != ITER_ERROR;
}

// ---- chains and exception groups ----

// The exceptions a report shows, found as CPython's TracebackException finds them: from the
// top one, breadth-first with a LIFO queue, each cause, context and group member once (an
// exception seen already is not shown again as a cause or context).
typedef struct TbNode {
    Value exc;
    int32_t cause, context;        // node indexes, -1 for none
    int32_t first_sub, sub_count;  // a group's members: consecutive nodes
} TbNode;

// Where a report is being written: inside an exception group, every line is indented two
// spaces per level and carries a margin ("| "), as CPython's _ExceptionPrintContext does.
typedef struct TbCtx {
    Run *r;
    const SourceInfo *src;
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
    c->nodes[c->count] = (TbNode){.exc = exc, .cause = -1, .context = -1, .first_sub = -1};
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

static bool tb_indent(Buf *out, const TbCtx *c) {
    for (uint32_t k = 0; k < c->group_depth; k++) {
        if (!buf_append_cstr(out, "  ")) return false;
    }
    return true;
}

// Appends text with every line prefixed by the indent and, inside a group, the margin.
static bool tb_emit(Buf *out, const TbCtx *c, char margin, const char *text, size_t len) {
    if (c->group_depth == 0) return buf_append(out, text, len);
    for (size_t k = 0; k < len;) {
        const char *nl = memchr(text + k, '\n', len - k);
        size_t end = nl ? (size_t)(nl - text) + 1 : len;
        if (!tb_indent(out, c) || !buf_append_char(out, margin) || !buf_append_char(out, ' ') ||
            !buf_append(out, text + k, end - k)) {
            return false;
        }
        k = end;
    }
    return true;
}

static bool tb_emit_cstr(Buf *out, const TbCtx *c, char margin, const char *text) {
    return tb_emit(out, c, margin, text, strlen(text));
}

// The frames of exc (with a header line), then its final line, under the margin.
static bool tb_emit_exception(Buf *out, const TbCtx *c, char margin, const char *header,
                              Value exc) {
    const ObjException *e = (const ObjException *)exc.as.obj;
    Buf b;
    buf_init(&b, c->r);
    bool ok = true;
    if (e->tb_count) {
        ok = tb_emit_cstr(out, c, margin, header) && tb_entries(&b, c->src, e) &&
             tb_emit(out, c, '|', b.data ? b.data : "", b.len);
    }
    b.len = 0;
    ok = ok && traceback_last_line(c->r, exc, &b) &&
         tb_emit(out, c, '|', b.data ? b.data : "", b.len);
    buf_fini(&b);
    return ok;
}

static bool tb_format(TbCtx *c, int32_t node, Buf *out, uint32_t depth);

// "  +-+---------------- 1 ----------------" and the member under it.
static bool tb_group_item(TbCtx *c, const TbNode *group, int32_t i, int32_t shown, Buf *out) {
    bool last = i + 1 == shown, truncated = i >= TB_MAX_GROUP_WIDTH;
    if (last) c->need_close = true;
    if (!tb_indent(out, c) || !buf_append_cstr(out, i == 0 ? "+-" : "  ")) return false;
    bool ok = truncated ? buf_append_cstr(out, "+---------------- ... ----------------\n")
                        : buf_printf(out, "+---------------- %d ----------------\n", (int)i + 1);
    c->group_depth++;
    if (ok && truncated) {
        int32_t more = group->sub_count - TB_MAX_GROUP_WIDTH;
        char text[64];
        snprintf(text, sizeof text, "and %d more exception%s\n", (int)more, more == 1 ? "" : "s");
        ok = tb_emit_cstr(out, c, '|', text);
    } else if (ok) {
        ok = tb_format(c, group->first_sub + i, out, 0);
    }
    if (ok && last && c->need_close) {
        ok = tb_indent(out, c) && buf_append_cstr(out, "+------------------------------------\n");
        c->need_close = false;
    }
    c->group_depth--;
    return ok;
}

// An exception group: its own traceback and line, then each member in a box.
static bool tb_format_group(TbCtx *c, int32_t node, Buf *out) {
    if (c->group_depth > TB_MAX_GROUP_DEPTH) {
        return tb_emit_cstr(out, c, '|', "... (max_group_depth is 10)\n");
    }
    bool toplevel = c->group_depth == 0;
    if (toplevel) c->group_depth = 1;
    if (!tb_emit_exception(out, c, toplevel ? '+' : '|',
                           "Exception Group Traceback (most recent call last):\n",
                           c->nodes[node].exc)) {
        return false;
    }
    const TbNode group = c->nodes[node];
    int32_t shown =
        group.sub_count <= TB_MAX_GROUP_WIDTH ? group.sub_count : TB_MAX_GROUP_WIDTH + 1;
    c->need_close = false;
    for (int32_t i = 0; i < shown; i++) {
        if (!tb_group_item(c, &group, i, shown, out)) return false;
    }
    if (toplevel) c->group_depth = 0;
    return true;
}

// One exception with the chain of causes and contexts before it.
static bool tb_format(TbCtx *c, int32_t node, Buf *out, uint32_t depth) {
    const TbNode *n = &c->nodes[node];
    if (depth < TB_MAX_CHAIN) {
        if (n->cause >= 0) {
            if (!tb_format(c, n->cause, out, depth + 1) ||
                !tb_emit_cstr(out, c, '|', "\nThe above exception was the direct cause of the "
                                           "following exception:\n\n")) {
                return false;
            }
        } else if (n->context >= 0) {
            if (!tb_format(c, n->context, out, depth + 1) ||
                !tb_emit_cstr(out, c, '|', "\nDuring handling of the above exception, another "
                                           "exception occurred:\n\n")) {
                return false;
            }
        }
    }
    n = &c->nodes[node];
    if (tb_is_group((const ObjException *)n->exc.as.obj)) return tb_format_group(c, node, out);
    return tb_emit_exception(out, c, '|', "Traceback (most recent call last):\n", n->exc);
}

// An uncaught SystemExit prints no traceback: only its code, unless that is None or an int
// (the exit status then).
static bool system_exit_format(Run *r, const ObjException *e, Buf *out) {
    if (is_undef(e->value) || is_none(e->value) || int_check(e->value)) return true;
    return ops_str(r, e->value, out) && buf_append_char(out, '\n');
}

bool traceback_format(Run *r, Value exc, const SourceInfo *src, Buf *out) {
    const ObjException *e = (const ObjException *)exc.as.obj;
    if (type_is_subtype(e->base.type, &exc_SystemExit)) return system_exit_format(r, e, out);
    TbCtx c = {.r = r, .src = src};
    bool ok = tb_build(&c, exc) && tb_format(&c, 0, out, 0);
    if (c.nodes) mem_free(r, c.nodes, TB_MAX_EXCEPTIONS * sizeof *c.nodes);
    return ok;
}
