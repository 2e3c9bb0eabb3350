// Formatting an uncaught exception exactly as CPython 3.14 prints it: the chain of causes and
// contexts, one entry per frame with its source line and ~~~^^^ position markers, repeated
// entries collapsed, and the final "Type: message" line.
#include "interp/traceback.h"

#include <stdio.h>
#include <string.h>

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

static size_t tb_chars(const char *s, size_t n) {
    size_t c = 0;
    for (size_t k = 0; k < n; k++) c += ((unsigned char)s[k] & 0xC0) != 0x80;
    return c;
}

static bool tb_is_op_char(char c) {
    return strchr("+-*/%@&|^<>=!~", c) != NULL && c != '\0';
}

// Byte range [*a, *b) on the line of the marked sub-part: the operator, the call's
// parentheses or the subscript; scanning from where the first operand ends.
static bool tb_anchor(const char *line, size_t len, const InsnPos *p, size_t *a, size_t *b) {
    size_t k = p->mark_col;
    // skip the closing parentheses and spaces of a parenthesized first operand
    while (k < len && (line[k] == ' ' || line[k] == ')' || line[k] == '\t')) k++;
    if (k >= len) return false;
    if (p->kind == POS_BINOP) {
        size_t e = k;
        while (e < len && tb_is_op_char(line[e])) e++;
        if (e == k) return false;
        *a = k;
        *b = e;
        return true;
    }
    char want = p->kind == POS_CALL ? '(' : '[';
    if (line[k] != want) return false;
    *a = k;
    *b = p->span.end_col;
    return true;
}

// A span over several lines prints them all, dedented together, without markers.
static bool tb_entry_lines(Buf *out, const SourceInfo *src, const InsnPos *p) {
    size_t indent = SIZE_MAX;
    for (uint32_t l = p->span.line; l <= p->span.end_line; l++) {
        size_t len, k = 0;
        const char *line = tb_line(src, l, &len);
        while (k < len && (line[k] == ' ' || line[k] == '\t')) k++;
        if (k < len && k < indent) indent = k;
    }
    for (uint32_t l = p->span.line; l <= p->span.end_line; l++) {
        size_t len;
        const char *line = tb_line(src, l, &len);
        size_t end = len;
        while (end > 0 && (line[end - 1] == ' ' || line[end - 1] == '\t')) end--;
        size_t from = indent < end ? indent : end;
        if (!buf_append_cstr(out, "    ") || !buf_append(out, line + from, end - from) ||
            !buf_append_char(out, '\n')) {
            return false;
        }
    }
    return true;
}

static bool tb_entry_source(Buf *out, const SourceInfo *src, const InsnPos *p) {
    if (p->span.end_line > p->span.line && p->span.end_line - p->span.line < 100) {
        return tb_entry_lines(out, src, p);
    }
    size_t len;
    const char *line = tb_line(src, p->span.line, &len);
    size_t lead = 0;
    while (lead < len && (line[lead] == ' ' || line[lead] == '\t' || line[lead] == '\f')) lead++;
    size_t end = len;
    while (end > lead && (line[end - 1] == ' ' || line[end - 1] == '\t')) end--;
    if (end == lead) return true;
    if (!buf_append_cstr(out, "    ") || !buf_append(out, line + lead, end - lead) ||
        !buf_append_char(out, '\n')) {
        return false;
    }
    // markers only for a one-line span
    const Span *s = &p->span;
    if (s->end_line != s->line || s->col < lead || s->end_col > len || s->end_col <= s->col) return true;
    if (p->kind == POS_BARE) return true;
    size_t a = 0, b = 0;
    bool anchored = p->kind != POS_PLAIN && tb_anchor(line, len, p, &a, &b);
    // all-caret markers under the whole line say nothing, and CPython leaves them out
    if (!anchored && s->col == lead && s->end_col >= end) return true;
    if (!buf_append_cstr(out, "    ")) return false;
    for (size_t k = tb_chars(line + lead, s->col - lead); k > 0; k--) {
        if (!buf_append_char(out, ' ')) return false;
    }
    for (size_t k = s->col; k < s->end_col; k++) {
        if (((unsigned char)line[k] & 0xC0) == 0x80) continue;
        char c = !anchored || (k >= a && k < b) ? '^' : '~';
        if (!buf_append_char(out, c)) return false;
    }
    return buf_append_char(out, '\n');
}

// The line an entry points at.
static uint32_t tb_entry_line(const TracebackEntry *t) {
    const Code *code = t->code;
    return t->insn == TB_AT_DEF ? code->first_line : code->pos[t->insn].span.line;
}

static bool tb_same(const TracebackEntry *x, const TracebackEntry *y) {
    if (!x->code || !y->code) return !x->code && !y->code && x->lib == y->lib;
    return x->code == y->code && tb_entry_line(x) == tb_entry_line(y);
}

// A frame of CPython's library: its File line, then its lines as CPython shows them.
static bool tb_lib_entry(Buf *out, const LibFrame *f) {
    if (!buf_printf(out, "  File \"%s\", line %u, in %s\n", f->file, f->line, f->func)) {
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
            if (!tb_lib_entry(out, t->lib)) return false;
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
