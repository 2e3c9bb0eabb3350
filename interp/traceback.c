// Formatting an uncaught exception exactly as CPython 3.14 prints it: the chain of causes and
// contexts, one entry per frame with its source line and ~~~^^^ position markers, repeated
// entries collapsed, and the final "Type: message" line.
#include "interp/traceback.h"

#include <string.h>

#include "interp/code.h"
#include "interp/exc.h"
#include "interp/obj_class.h"
#include "interp/obj_str.h"
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

static bool tb_same(const TracebackEntry *x, const TracebackEntry *y) {
    const Code *cx = x->code, *cy = y->code;
    return cx == cy && cx->pos[x->insn].span.line == cy->pos[y->insn].span.line;
}

static bool tb_entries(Buf *out, const SourceInfo *src, const ObjException *e) {
    if (!e->tb_count) return true;
    if (!buf_append_cstr(out, "Traceback (most recent call last):\n")) return false;
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
        const Code *code = t->code;
        const InsnPos *p = &code->pos[t->insn];
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

static bool tb_format(Run *r, Value exc, const SourceInfo *src, Buf *out, uint32_t depth) {
    ObjException *e = (ObjException *)exc.as.obj;
    if (depth < TB_MAX_CHAIN) {
        if (is_exception(e->cause)) {
            if (!tb_format(r, e->cause, src, out, depth + 1) ||
                !buf_append_cstr(out, "\nThe above exception was the direct cause of the following "
                                      "exception:\n\n")) {
                return false;
            }
        } else if (is_exception(e->context) && !e->suppress_context) {
            if (!tb_format(r, e->context, src, out, depth + 1) ||
                !buf_append_cstr(out, "\nDuring handling of the above exception, another exception "
                                      "occurred:\n\n")) {
                return false;
            }
        }
    }
    return tb_entries(out, src, e) && traceback_last_line(r, exc, out);
}

bool traceback_format(Run *r, Value exc, const SourceInfo *src, Buf *out) {
    return tb_format(r, exc, src, out, 0);
}
