// re's pattern parser and compiler: the pattern's code points become a node tree (with
// CPython's error messages and positions), the tree becomes an ReProg.
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "interp/exc.h"
#include "interp/mem.h"
#include "interp/obj_str_char.h"
#include "interp/re_internal.h"

// guard: groups nest at most this deep (the parser and the compiler recurse over them)
enum { RE_MAX_DEPTH = 400 };
// guard: counted repeats are compiled as copies of their body; a program stops growing here
enum { RE_MAX_CODE = 1 << 22 };
// while a repeat is compiled: its SPLITs that try the end first
enum { RE_LAZY_SPLIT = 1 };

typedef enum NodeKind {
    N_EMPTY, N_CHAR, N_ANY, N_CLASS, N_ASSERT, N_BACKREF, N_GROUP, N_CAT, N_ALT, N_REPEAT,
    N_LOOK, N_ATOMIC, N_COND,
} NodeKind;

enum { GREEDY, LAZY, POSSESSIVE };
enum { RE_INF = -1 };

typedef struct Node {
    uint8_t kind, greed;
    uint16_t flags;
    int32_t a, b;             // per kind: the char, class ranges, group, repeat bounds
    int32_t child, child2;    // first child (linked through next); N_COND's no branch
    int32_t next;
} Node;

typedef struct Parser {
    Run *r;
    const uint32_t *p;
    size_t n, i;
    Node *nodes;
    uint32_t count, cap;
    ReProg *prog;
    ReError *err;
    bool failed;  // err filled, or a limit hit (err->msg empty)
    uint32_t open[RE_MAX_DEPTH];  // the groups being parsed, for "cannot refer to an open group"
    uint32_t nopen;
    uint32_t depth;
    uint32_t odd;      // of them, lookarounds and conditionals (whose _parser.py frames differ)
    int global_flags;  // the flags (?imsx) set at the pattern's start
    size_t flags_end;  // where the global flag groups at the start end
    ReName *condrefs;  // groups conditionals refer to by number (start: where), checked at the end
    uint32_t ncondrefs, condcap;
} Parser;

// Records a pattern error; returns -1, the node index of a failure (callers returning bool
// add 1 to it to return false).
__attribute__((format(printf, 3, 4))) static int32_t fail_at(Parser *P, int64_t pos, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(P->err->msg, sizeof P->err->msg, fmt, ap);
    va_end(ap);
    P->err->pos = pos;
    P->err->site = RE_SITE_NONE;
    P->failed = true;
    return -1;
}

// Says where _parser.py raised the error just recorded, `depth` groups deep; -1 as fail_at.
static int32_t fail_site(Parser *P, ReErrorSite site, uint32_t depth) {
    if (P->odd == 0) {
        P->err->site = (uint8_t)site;
        P->err->depth = depth;
    }
    return -1;
}

// A limit or a pending exception stopped the parse; -1 as fail_at.
static int32_t fail_limit(Parser *P) {
    P->err->msg[0] = 0;
    P->err->site = RE_SITE_NONE;
    P->failed = true;
    return -1;
}

static int32_t node_new(Parser *P, NodeKind kind, int flags) {
    if (P->count == P->cap) {
        uint32_t cap = P->cap ? P->cap * 2 : 32;
        Node *grown = mem_realloc(P->r, P->nodes, P->cap * sizeof(Node), cap * sizeof(Node));
        if (!grown) return fail_limit(P);
        P->nodes = grown;
        P->cap = cap;
    }
    Node *nd = &P->nodes[P->count];
    memset(nd, 0, sizeof *nd);
    nd->kind = (uint8_t)kind;
    nd->flags = (uint16_t)flags;
    nd->child = nd->child2 = nd->next = -1;
    return (int32_t)P->count++;
}

static bool range_add(Parser *P, uint32_t lo, uint32_t hi) {
    ReProg *g = P->prog;
    if (g->nranges == g->rcap) {
        uint32_t cap = g->rcap ? g->rcap * 2 : 16;
        ReRange *grown = mem_realloc(P->r, g->ranges, g->rcap * sizeof(ReRange), cap * sizeof(ReRange));
        if (!grown) return fail_limit(P) + 1;
        g->ranges = grown;
        g->rcap = cap;
    }
    g->ranges[g->nranges++] = (ReRange){lo, hi};
    return true;
}

static bool at_end(const Parser *P) {
    return P->i >= P->n;
}

static bool peek_is(const Parser *P, uint32_t c) {
    return P->i < P->n && P->p[P->i] == c;
}

static bool is_octal(uint32_t c) {
    return c >= '0' && c <= '7';
}

static bool is_digit(uint32_t c) {
    return c >= '0' && c <= '9';
}

static int hex_value(uint32_t c) {
    if (c >= '0' && c <= '9') return (int)(c - '0');
    if (c >= 'a' && c <= 'f') return (int)(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return (int)(c - 'A' + 10);
    return -1;
}

// Pattern text [start, end) as UTF-8, for messages: the "\q" of "bad escape \q".
static const char *escape_text(const Parser *P, size_t start, size_t end, char *buf, size_t size) {
    size_t k = 0;
    for (size_t j = start; j < end && k + 5 < size; j++) {
        uint32_t c = P->p[j];
        k += str_char_encode(c, buf + k);
    }
    buf[k] = 0;
    return buf;
}

// What an escape stands for.
typedef enum EscKind { ESC_CHAR, ESC_CAT, ESC_ASSERT, ESC_BACKREF } EscKind;
typedef struct Esc {
    EscKind kind;
    uint32_t value;
} Esc;

// \x.., \u...., \U........: `digits` hex digits after the letter.
static bool escape_hex(Parser *P, size_t start, int digits, Esc *out) {
    uint32_t v = 0;
    for (int k = 0; k < digits; k++) {
        int h = P->i < P->n ? hex_value(P->p[P->i]) : -1;
        if (h < 0) {
            char buf[32];
            fail_at(P, (int64_t)start, "incomplete escape %s", escape_text(P, start, P->i, buf, sizeof buf));
            return false;
        }
        v = v * 16 + (uint32_t)h;
        P->i++;
    }
    if (v > 0x10FFFF) {
        char buf[32];
        fail_at(P, (int64_t)start, "bad escape %s", escape_text(P, start, P->i, buf, sizeof buf));
        return false;
    }
    *out = (Esc){ESC_CHAR, v};
    return true;
}

// Octal digits after the first (already read into v): up to `more` of them.
static bool escape_octal(Parser *P, size_t start, uint32_t v, int more, Esc *out) {
    for (int k = 0; k < more && P->i < P->n && is_octal(P->p[P->i]); k++) v = v * 8 + (P->p[P->i++] - '0');
    if (v > 0377) {
        char buf[32];
        fail_at(P, (int64_t)start, "octal escape value %s outside of range 0-0o377",
                escape_text(P, start, P->i, buf, sizeof buf));
        return false;
    }
    *out = (Esc){ESC_CHAR, v};
    return true;
}

static bool group_is_open(const Parser *P, uint32_t g) {
    for (uint32_t k = 0; k < P->nopen; k++) {
        if (P->open[k] == g) return true;
    }
    return false;
}

// \g at `at` (the backslash) refers to group g.
static bool check_backref(Parser *P, uint32_t g, int64_t at) {
    if (g > P->prog->groups) return fail_at(P, at + 1, "invalid group reference %u", g) + 1;
    if (group_is_open(P, g)) return fail_at(P, at, "cannot refer to an open group") + 1;
    return true;
}

// An escape at P->i (the backslash); in_class: inside [...], where \b is a backspace and
// digits are octal.
static bool parse_escape(Parser *P, bool in_class, Esc *out) {
    size_t start = P->i++;
    if (at_end(P)) return fail_at(P, (int64_t)start, "bad escape (end of pattern)") + 1;
    uint32_t c = P->p[P->i++];
    switch (c) {
    case 'd': *out = (Esc){ESC_CAT, RE_CAT_DIGIT}; return true;
    case 'D': *out = (Esc){ESC_CAT, RE_CAT_NOT_DIGIT}; return true;
    case 'w': *out = (Esc){ESC_CAT, RE_CAT_WORD}; return true;
    case 'W': *out = (Esc){ESC_CAT, RE_CAT_NOT_WORD}; return true;
    case 's': *out = (Esc){ESC_CAT, RE_CAT_SPACE}; return true;
    case 'S': *out = (Esc){ESC_CAT, RE_CAT_NOT_SPACE}; return true;
    case 'n': *out = (Esc){ESC_CHAR, '\n'}; return true;
    case 't': *out = (Esc){ESC_CHAR, '\t'}; return true;
    case 'r': *out = (Esc){ESC_CHAR, '\r'}; return true;
    case 'f': *out = (Esc){ESC_CHAR, '\f'}; return true;
    case 'v': *out = (Esc){ESC_CHAR, '\v'}; return true;
    case 'a': *out = (Esc){ESC_CHAR, '\a'}; return true;
    case 'x': return escape_hex(P, start, 2, out);
    case 'u': return escape_hex(P, start, 4, out);
    case 'U': return escape_hex(P, start, 8, out);
    case '0': return escape_octal(P, start, 0, 2, out);
    default: break;
    }
    if (in_class) {
        if (c == 'b') {
            *out = (Esc){ESC_CHAR, '\b'};
            return true;
        }
        if (is_octal(c)) return escape_octal(P, start, c - '0', 2, out);
    } else {
        if (c == 'b' || c == 'B' || c == 'A' || c == 'Z') {
            ReAssert k = c == 'b' ? RE_AT_BOUNDARY : c == 'B' ? RE_AT_NON_BOUNDARY
                       : c == 'A' ? RE_AT_BEGIN_STR : RE_AT_END_STR;
            *out = (Esc){ESC_ASSERT, k};
            return true;
        }
        if (is_digit(c)) {
            // \12 is group 12 unless three octal digits make a character
            if (P->i < P->n && is_digit(P->p[P->i])) {
                if (is_octal(c) && is_octal(P->p[P->i]) && P->i + 1 < P->n && is_octal(P->p[P->i + 1])) {
                    return escape_octal(P, start, c - '0', 2, out);
                }
                uint32_t g = (c - '0') * 10 + (P->p[P->i++] - '0');
                if (!check_backref(P, g, (int64_t)start)) return false;
                *out = (Esc){ESC_BACKREF, g};
                return true;
            }
            if (!check_backref(P, c - '0', (int64_t)start)) return false;
            *out = (Esc){ESC_BACKREF, c - '0'};
            return true;
        }
    }
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c)) {
        char buf[32];
        fail_at(P, (int64_t)start, "bad escape %s", escape_text(P, start, P->i, buf, sizeof buf));
        if (!is_digit(c)) fail_site(P, in_class ? RE_SITE_CLASS_BAD_ESCAPE : RE_SITE_BAD_ESCAPE, P->depth);
        return false;
    }
    *out = (Esc){ESC_CHAR, c};
    return true;
}

static int32_t parse_class(Parser *P, int flags) {
    size_t open = P->i++;
    int32_t nd = node_new(P, N_CLASS, flags);
    if (nd < 0) return -1;
    if (peek_is(P, '^')) {
        P->nodes[nd].flags |= RE_NEGATE;
        P->i++;
    }
    uint32_t first = P->prog->nranges;
    bool first_item = true;
    for (;;) {
        if (at_end(P)) {
            fail_at(P, (int64_t)open, "unterminated character set");
            // after "a-", _parser.py raises where it reads the range's end
            bool after_dash = P->i >= 2 && P->p[P->i - 1] == '-' && P->i - 2 > open;
            return fail_site(P, after_dash ? RE_SITE_UNTERMINATED_SET_DASH : RE_SITE_UNTERMINATED_SET, P->depth);
        }
        size_t item = P->i;
        uint32_t c = P->p[P->i];
        if (c == ']' && !first_item) {
            P->i++;
            break;
        }
        first_item = false;
        Esc lo = {ESC_CHAR, c};
        if (c == '\\') {
            if (!parse_escape(P, true, &lo)) return -1;
        } else {
            P->i++;
        }
        if (peek_is(P, '-') && P->i + 1 < P->n && P->p[P->i + 1] != ']') {
            P->i++;
            Esc hi = {ESC_CHAR, P->p[P->i]};
            if (P->p[P->i] == '\\') {
                if (!parse_escape(P, true, &hi)) {
                    // the end's escape is another call of _class_escape
                    if (P->err->site == RE_SITE_CLASS_BAD_ESCAPE) fail_site(P, RE_SITE_CLASS_BAD_ESCAPE_END, P->depth);
                    return -1;
                }
            } else {
                P->i++;
            }
            char buf[48];
            if (lo.kind != ESC_CHAR || hi.kind != ESC_CHAR || hi.value < lo.value) {
                fail_at(P, (int64_t)item, "bad character range %s", escape_text(P, item, P->i, buf, sizeof buf));
                bool kind = lo.kind != ESC_CHAR || hi.kind != ESC_CHAR;
                return fail_site(P, kind ? RE_SITE_RANGE_KIND : RE_SITE_RANGE_ORDER, P->depth);
            }
            if (!range_add(P, lo.value, hi.value)) return -1;
            continue;
        }
        uint32_t v = lo.kind == ESC_CAT ? RE_CAT_BASE + lo.value : lo.value;
        if (!range_add(P, v, v)) return -1;
    }
    P->nodes[nd].a = (int32_t)first;
    P->nodes[nd].b = (int32_t)(P->prog->nranges - first);
    return nd;
}

static int32_t parse_alt(Parser *P, int flags);

// A group name up to `term`; its span goes to *start/*len.
static bool parse_name(Parser *P, uint32_t term, uint32_t *start, uint32_t *len) {
    size_t s = P->i;
    while (P->i < P->n && P->p[P->i] != term) P->i++;
    if (at_end(P)) {
        if (P->i == s) return fail_at(P, (int64_t)s, "missing group name") + 1;
        return fail_at(P, (int64_t)s, term == '>' ? "missing >, unterminated name" : "missing ), unterminated name") + 1;
    }
    if (P->i == s) return fail_at(P, (int64_t)s, "missing group name") + 1;
    bool ok = true;
    for (size_t j = s; j < P->i; j++) {
        uint32_t c = P->p[j];
        bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80 ||
                    (j > s && is_digit(c));
        if (!word) ok = false;
    }
    *start = (uint32_t)s;
    *len = (uint32_t)(P->i - s);
    P->i++;  // the terminator
    if (!ok) {
        char buf[80];
        return fail_at(P, (int64_t)s, "bad character in group name '%s'", escape_text(P, s, s + *len, buf, sizeof buf)) + 1;
    }
    return true;
}

static int32_t name_lookup(const Parser *P, uint32_t start, uint32_t len) {
    for (uint32_t k = 0; k < P->prog->nnames; k++) {
        const ReName *nm = &P->prog->names[k];
        if (nm->len == len && memcmp(P->p + nm->start, P->p + start, len * sizeof(uint32_t)) == 0) {
            return (int32_t)nm->group;
        }
    }
    return -1;
}

static bool name_add(Parser *P, uint32_t start, uint32_t len, uint32_t group) {
    ReProg *g = P->prog;
    int32_t was = name_lookup(P, start, len);
    if (was >= 0) {
        char buf[80], msg[160];
        snprintf(msg, sizeof msg, "redefinition of group name '%s' as group %u; was group %d",
                 escape_text(P, start, start + len, buf, sizeof buf), group, was);
        return fail_at(P, (int64_t)start, "%s", msg) + 1;
    }
    if (g->nnames == g->ncap) {
        uint32_t cap = g->ncap ? g->ncap * 2 : 4;
        ReName *grown = mem_realloc(P->r, g->names, g->ncap * sizeof(ReName), cap * sizeof(ReName));
        if (!grown) return fail_limit(P) + 1;
        g->names = grown;
        g->ncap = cap;
    }
    g->names[g->nnames++] = (ReName){start, len, group};
    return true;
}

// The body of a group up to its ')': the caller opened it at `open`.
static int32_t parse_group_body(Parser *P, int flags, size_t open) {
    int32_t body = parse_alt(P, flags);
    if (body < 0) return -1;
    if (!peek_is(P, ')')) {
        fail_at(P, (int64_t)open, "missing ), unterminated subpattern");
        return fail_site(P, RE_SITE_MISSING_PAREN, P->depth - 1);  // raised by the group's own _parse
    }
    P->i++;
    return body;
}

static int32_t wrap(Parser *P, NodeKind kind, int flags, int32_t child) {
    int32_t nd = node_new(P, kind, flags);
    if (nd >= 0) P->nodes[nd].child = child;
    return nd;
}

static int flag_of(uint32_t c) {
    switch (c) {
    case 'i': return RE_FLAG_IGNORECASE;
    case 'm': return RE_FLAG_MULTILINE;
    case 's': return RE_FLAG_DOTALL;
    case 'x': return RE_FLAG_VERBOSE;
    case 'a': return RE_FLAG_ASCII;
    case 'u': return RE_FLAG_UNICODE;
    case 'L': return RE_FLAG_LOCALE;
    default: return 0;
    }
}

// (?imsx) for the whole pattern, or (?imsx-imsx:...) for a group; P->i is after the '?'.
static int32_t parse_flags_group(Parser *P, int flags, size_t open) {
    int add = 0, del = 0;
    while (P->i < P->n && flag_of(P->p[P->i])) add |= flag_of(P->p[P->i++]);
    if (peek_is(P, '-')) {
        P->i++;
        if (at_end(P) || !flag_of(P->p[P->i])) return fail_at(P, (int64_t)P->i, "missing flag");
        while (P->i < P->n && flag_of(P->p[P->i])) del |= flag_of(P->p[P->i++]);
    }
    if (at_end(P)) return fail_at(P, (int64_t)P->i, "missing -, : or )");
    if (P->p[P->i] == ')') {
        if (del) return fail_at(P, (int64_t)P->i, "missing :");
        P->i++;
        if (open != P->flags_end) {
            return fail_at(P, (int64_t)open, "global flags not at the start of the expression");
        }
        P->global_flags |= add;
        P->flags_end = P->i;
        return node_new(P, N_EMPTY, flags);
    }
    if (P->p[P->i] != ':') {
        if ((P->p[P->i] >= 'a' && P->p[P->i] <= 'z') || (P->p[P->i] >= 'A' && P->p[P->i] <= 'Z')) {
            return fail_at(P, (int64_t)P->i, "unknown flag");
        }
        return fail_at(P, (int64_t)P->i, "missing -, : or )");
    }
    P->i++;
    return parse_group_body(P, (flags | add) & ~del, open);
}

static int32_t parse_capture(Parser *P, int flags, size_t open) {
    uint32_t g = ++P->prog->groups;
    P->open[P->nopen++] = g;
    int32_t body = parse_group_body(P, flags, open);
    P->nopen--;
    if (body < 0) return -1;
    int32_t nd = wrap(P, N_GROUP, flags, body);
    if (nd >= 0) P->nodes[nd].a = (int32_t)g;
    return nd;
}

static int32_t parse_named_ref(Parser *P, int flags) {
    uint32_t start, len;
    if (!parse_name(P, ')', &start, &len)) return -1;
    int32_t g = name_lookup(P, start, len);
    char buf[80];
    if (g < 0) return fail_at(P, (int64_t)start, "unknown group name '%s'", escape_text(P, start, start + len, buf, sizeof buf));
    if (group_is_open(P, (uint32_t)g)) return fail_at(P, (int64_t)start, "cannot refer to an open group");
    int32_t nd = node_new(P, N_BACKREF, flags);
    if (nd >= 0) P->nodes[nd].a = g;
    return nd;
}

// Records that a conditional refers to group g at pos: the group may come later in the
// pattern, so the reference is checked once the whole pattern is parsed.
static bool condref_add(Parser *P, uint32_t g, uint32_t pos) {
    for (uint32_t k = 0; k < P->ncondrefs; k++) {
        if (P->condrefs[k].group == g) return true;
    }
    if (P->ncondrefs == P->condcap) {
        uint32_t cap = P->condcap ? P->condcap * 2 : 4;
        ReName *grown = mem_realloc(P->r, P->condrefs, P->condcap * sizeof(ReName), cap * sizeof(ReName));
        if (!grown) return fail_limit(P) + 1;
        P->condrefs = grown;
        P->condcap = cap;
    }
    P->condrefs[P->ncondrefs++] = (ReName){pos, 0, g};
    return true;
}

// The first conditional's reference past the pattern's groups, as CPython reports it.
static bool condrefs_check(Parser *P) {
    for (uint32_t k = 0; k < P->ncondrefs; k++) {
        const ReName *ref = &P->condrefs[k];
        if (ref->group > P->prog->groups) {
            return fail_at(P, (int64_t)ref->start, "invalid group reference %u", ref->group) + 1;
        }
    }
    return true;
}

// (?(g)yes|no); P->i is after "(?(".
static int32_t parse_conditional(Parser *P, int flags, size_t open) {
    uint32_t start = (uint32_t)P->i, len;
    if (P->i < P->n && is_digit(P->p[P->i])) {
        while (P->i < P->n && P->p[P->i] != ')') P->i++;
        if (at_end(P)) return fail_at(P, (int64_t)start, "missing ), unterminated name");
        len = (uint32_t)(P->i++ - start);
    } else if (!parse_name(P, ')', &start, &len)) {
        return -1;
    }
    int32_t g = -1;
    if (is_digit(P->p[start])) {
        g = 0;
        for (uint32_t k = 0; k < len; k++) {
            if (!is_digit(P->p[start + k]) || g > 100000) {
                char buf[80];
                return fail_at(P, (int64_t)start, "bad character in group name '%s'", escape_text(P, start, start + len, buf, sizeof buf));
            }
            g = g * 10 + (int32_t)(P->p[start + k] - '0');
        }
        if (g == 0) return fail_at(P, (int64_t)start, "bad group number");
        if (!condref_add(P, (uint32_t)g, start)) return -1;
    } else {
        g = name_lookup(P, start, len);
        char buf[80];
        if (g < 0) return fail_at(P, (int64_t)start, "unknown group name '%s'", escape_text(P, start, start + len, buf, sizeof buf));
    }
    int32_t body = parse_group_body(P, flags, open);
    if (body < 0) return -1;
    int32_t yes = body, no = -1;
    if (P->nodes[body].kind == N_ALT) {
        yes = P->nodes[body].child;
        no = P->nodes[yes].next;
        if (P->nodes[no].next >= 0) return fail_at(P, (int64_t)open, "conditional backref with more than two branches");
        P->nodes[yes].next = -1;
    }
    int32_t nd = node_new(P, N_COND, flags);
    if (nd < 0) return -1;
    P->nodes[nd].a = g;
    P->nodes[nd].child = yes;
    P->nodes[nd].child2 = no;
    return nd;
}

static int32_t parse_look(Parser *P, int flags, size_t open, int look) {
    P->odd++;
    int32_t body = parse_group_body(P, flags, open);
    P->odd--;
    if (body < 0) return -1;
    return wrap(P, N_LOOK, flags | look, body);
}

// A group; P->i is at '('.
static int32_t parse_group(Parser *P, int flags) {
    size_t open = P->i++;
    if (!peek_is(P, '?')) return parse_capture(P, flags, open);
    P->i++;
    if (at_end(P)) return fail_at(P, (int64_t)open + 1, "unexpected end of pattern");
    uint32_t c = P->p[P->i++];
    if (c == ':') return parse_group_body(P, flags, open);
    if (c == '=') return parse_look(P, flags, open, 0);
    if (c == '!') return parse_look(P, flags, open, RE_NEGATE);
    if (c == '>') {
        int32_t body = parse_group_body(P, flags, open);
        return body < 0 ? -1 : wrap(P, N_ATOMIC, flags, body);
    }
    if (c == '#') {
        while (P->i < P->n && P->p[P->i] != ')') P->i++;
        if (at_end(P)) return fail_at(P, (int64_t)open, "missing ), unterminated comment");
        P->i++;
        return node_new(P, N_EMPTY, flags);
    }
    if (c == '(') {
        P->odd++;
        int32_t nd = parse_conditional(P, flags, open);
        P->odd--;
        return nd;
    }
    if (c == '<' && (peek_is(P, '=') || peek_is(P, '!'))) {
        int look = RE_BEHIND | (P->p[P->i++] == '!' ? RE_NEGATE : 0);
        return parse_look(P, flags, open, look);
    }
    if (c == '<') {
        char buf[8];
        if (at_end(P)) return fail_at(P, (int64_t)P->i, "unexpected end of pattern");
        return fail_at(P, (int64_t)open + 1, "unknown extension ?<%s", escape_text(P, P->i, P->i + 1, buf, sizeof buf));
    }
    if (c == 'P') {
        if (c == 'P' && peek_is(P, '=')) {
            P->i++;
            return parse_named_ref(P, flags);
        }
        if (c == 'P' && !peek_is(P, '<')) {
            char buf[8];
            if (at_end(P)) return fail_at(P, (int64_t)P->i, "unexpected end of pattern");
            return fail_at(P, (int64_t)P->i - 1, "unknown extension ?P%s", escape_text(P, P->i, P->i + 1, buf, sizeof buf));
        }
        if (c == 'P') P->i++;
        uint32_t start, len;
        if (!parse_name(P, '>', &start, &len)) return -1;
        if (!name_add(P, start, len, P->prog->groups + 1)) return -1;
        return parse_capture(P, flags, open);
    }
    P->i--;
    if (flag_of(c) || c == '-') return parse_flags_group(P, flags, open);
    char buf[8];
    return fail_at(P, (int64_t)open + 1, "unknown extension ?%s", escape_text(P, P->i, P->i + 1, buf, sizeof buf));
}

// {m,n} at P->i: true with the bounds, or false (P->i unmoved) when it is no repeat, which
// makes '{' a literal.
static bool parse_braces(Parser *P, int32_t *min, int32_t *max) {
    size_t j = P->i + 1;
    int64_t lo = 0, hi = RE_INF;
    bool has_lo = false, has_hi = false;
    while (j < P->n && is_digit(P->p[j])) {
        lo = lo * 10 + (P->p[j++] - '0');
        if (lo > 0x7FFFFFFF) lo = 0x7FFFFFFF;
        has_lo = true;
    }
    if (j < P->n && P->p[j] == ',') {
        j++;
        hi = 0;
        while (j < P->n && is_digit(P->p[j])) {
            hi = hi * 10 + (P->p[j++] - '0');
            if (hi > 0x7FFFFFFF) hi = 0x7FFFFFFF;
            has_hi = true;
        }
        if (!has_hi) hi = RE_INF;
    } else {
        hi = lo;
        if (!has_lo) return false;
    }
    if (j >= P->n || P->p[j] != '}') return false;
    if (hi != RE_INF && hi < lo) {
        fail_at(P, (int64_t)P->i + 1, "min repeat greater than max repeat");
        return true;
    }
    P->i = j + 1;
    *min = (int32_t)lo;
    *max = (int32_t)hi;
    return true;
}

static void skip_verbose(Parser *P, int flags) {
    if (!(flags & RE_FLAG_VERBOSE)) return;
    while (P->i < P->n) {
        uint32_t c = P->p[P->i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            P->i++;
        } else if (c == '#') {
            while (P->i < P->n && P->p[P->i] != '\n') P->i++;
        } else {
            break;
        }
    }
}

// A quantifier at P->i applied to `item`; *was_repeat tells whether item came from one.
static int32_t parse_quantifier(Parser *P, int flags, int32_t item, bool *was_repeat) {
    size_t at = P->i;
    uint32_t c = P->p[P->i];
    int32_t min = 0, max = 0;
    if (c == '{') {
        if (!parse_braces(P, &min, &max)) return -2;  // a literal '{'
        if (P->failed) return -1;
    } else {
        P->i++;
        min = c == '+' ? 1 : 0;
        max = c == '?' ? 1 : RE_INF;
    }
    if (item < 0 || P->nodes[item].kind == N_ASSERT) {
        fail_at(P, (int64_t)at, "nothing to repeat");
        return fail_site(P, RE_SITE_NOTHING_TO_REPEAT, P->depth);
    }
    if (*was_repeat) {
        fail_at(P, (int64_t)at, "multiple repeat");
        return fail_site(P, RE_SITE_MULTIPLE_REPEAT, P->depth);
    }
    int32_t nd = wrap(P, N_REPEAT, flags, item);
    if (nd < 0) return -1;
    P->nodes[nd].a = min;
    P->nodes[nd].b = max;
    if (peek_is(P, '?')) {
        P->nodes[nd].greed = LAZY;
        P->i++;
    } else if (peek_is(P, '+')) {
        P->nodes[nd].greed = POSSESSIVE;
        P->i++;
    }
    *was_repeat = true;
    return nd;
}

static int32_t parse_atom(Parser *P, int flags) {
    uint32_t c = P->p[P->i];
    int32_t nd;
    switch (c) {
    case '(':
        // guard: the parser recurses once per nested group
        if (P->depth >= RE_MAX_DEPTH) {
            exc_raise(P->r, &exc_RecursionError, "maximum recursion depth exceeded");
            return fail_limit(P);
        }
        P->depth++;
        nd = parse_group(P, flags);
        P->depth--;
        return nd;
    case '[': return parse_class(P, flags);
    case '.': P->i++; return node_new(P, N_ANY, flags);
    case '^':
    case '$':
        P->i++;
        nd = node_new(P, N_ASSERT, flags);
        if (nd >= 0) P->nodes[nd].a = c == '^' ? RE_AT_BEGIN : RE_AT_END;
        return nd;
    case '\\': {
        Esc e;
        if (!parse_escape(P, false, &e)) return -1;
        static const NodeKind kinds[] = {N_CHAR, N_CLASS, N_ASSERT, N_BACKREF};
        nd = node_new(P, kinds[e.kind], flags);
        if (nd < 0) return -1;
        if (e.kind == ESC_CAT) {
            P->nodes[nd].a = (int32_t)P->prog->nranges;
            P->nodes[nd].b = 1;
            if (!range_add(P, RE_CAT_BASE + e.value, RE_CAT_BASE + e.value)) return -1;
        } else {
            P->nodes[nd].a = (int32_t)e.value;
        }
        return nd;
    }
    default:
        P->i++;
        nd = node_new(P, N_CHAR, flags);
        if (nd >= 0) P->nodes[nd].a = (int32_t)c;
        return nd;
    }
}

// Items up to '|', ')' or the end, as one N_CAT.
static int32_t parse_seq(Parser *P, int flags) {
    int32_t seq = node_new(P, N_CAT, flags);
    if (seq < 0) return -1;
    int32_t last = -1;
    bool was_repeat = false;
    for (;;) {
        // (?imsx) at the pattern's start holds for everything after it
        if (P->depth == 0) flags |= P->global_flags;
        skip_verbose(P, flags);
        if (at_end(P) || P->p[P->i] == '|' || P->p[P->i] == ')') break;
        uint32_t c = P->p[P->i];
        int32_t item;
        if (c == '*' || c == '+' || c == '?' || c == '{') {
            item = parse_quantifier(P, flags, last, &was_repeat);
            if (item == -2) {
                P->i++;
                item = node_new(P, N_CHAR, flags);
                if (item >= 0) P->nodes[item].a = '{';
                was_repeat = false;
            } else if (item >= 0) {
                // the repeat takes the last item's place
                int32_t *link = &P->nodes[seq].child;
                while (*link != last) link = &P->nodes[*link].next;
                *link = item;
                last = item;
                continue;
            }
        } else {
            item = parse_atom(P, flags);
            was_repeat = false;
        }
        if (item < 0) return -1;
        int32_t *link = &P->nodes[seq].child;
        while (*link >= 0) link = &P->nodes[*link].next;
        *link = item;
        last = item;
    }
    return seq;
}

static int32_t parse_alt(Parser *P, int flags) {
    int32_t first = parse_seq(P, flags);
    if (first < 0 || !peek_is(P, '|')) return first;
    int32_t alt = wrap(P, N_ALT, flags, first);
    int32_t tail = first;
    while (alt >= 0 && peek_is(P, '|')) {
        P->i++;
        int32_t next = parse_seq(P, flags);
        if (next < 0) return -1;
        P->nodes[tail].next = next;
        tail = next;
    }
    return alt;
}

// ---- width ----

// Widths saturate here: nested counted repeats could overflow int64 (the program such a
// pattern needs stops at RE_MAX_CODE anyway).
static const int64_t RE_WIDTH_MAX = (int64_t)1 << 40;

static int64_t width_add(int64_t a, int64_t b) {
    return a + b > RE_WIDTH_MAX ? RE_WIDTH_MAX : a + b;
}

static int64_t width_mul(int64_t a, int64_t b) {
    return b != 0 && a > RE_WIDTH_MAX / b ? RE_WIDTH_MAX : a * b;
}

// The least and most code points node n matches (max RE_INF: unbounded).
static void node_width(const Parser *P, int32_t n, int64_t *min, int64_t *max) {
    const Node *nd = &P->nodes[n];
    int64_t lo = 0, hi = 0, a, b;
    switch ((NodeKind)nd->kind) {
    case N_CHAR: case N_ANY: case N_CLASS: lo = hi = 1; break;
    case N_EMPTY: case N_ASSERT: case N_LOOK: break;
    case N_BACKREF: hi = RE_INF; break;
    case N_GROUP: case N_ATOMIC: node_width(P, nd->child, &lo, &hi); break;
    case N_CAT:
        for (int32_t c = nd->child; c >= 0; c = P->nodes[c].next) {
            node_width(P, c, &a, &b);
            lo = width_add(lo, a);
            hi = (hi == RE_INF || b == RE_INF) ? RE_INF : width_add(hi, b);
        }
        break;
    case N_ALT:
    case N_COND:
        lo = INT64_MAX;
        for (int32_t c = nd->child; c >= 0; c = P->nodes[c].next) {
            node_width(P, c, &a, &b);
            if (a < lo) lo = a;
            if (b == RE_INF || (hi != RE_INF && b > hi)) hi = b;
        }
        if (nd->kind == N_COND) {
            if (nd->child2 >= 0) {
                node_width(P, nd->child2, &a, &b);
            } else {
                a = b = 0;
            }
            if (a < lo) lo = a;
            if (b == RE_INF || (hi != RE_INF && b > hi)) hi = b;
        }
        break;
    case N_REPEAT:
        node_width(P, nd->child, &a, &b);
        lo = width_mul(a, nd->a);
        hi = (nd->b == RE_INF || b == RE_INF) ? (b == 0 ? 0 : RE_INF) : width_mul(b, nd->b);
        break;
    }
    *min = lo;
    *max = hi;
}

// ---- code ----

typedef struct Emitter {
    Parser *P;
    ReProg *prog;
    uint32_t loop_base;
} Emitter;

static int32_t emit(Emitter *E, uint8_t op, int flags, int32_t a, int32_t b) {
    ReProg *g = E->prog;
    if (g->len == RE_MAX_CODE) {
        exc_raise(E->P->r, &exc_OverflowError, "regular expression code size limit exceeded");
        return fail_limit(E->P);
    }
    if (g->len == g->cap) {
        uint32_t cap = g->cap ? g->cap * 2 : 32;
        ReInsn *grown = mem_realloc(E->P->r, g->code, g->cap * sizeof(ReInsn), cap * sizeof(ReInsn));
        if (!grown) return fail_limit(E->P);
        g->code = grown;
        g->cap = cap;
    }
    g->code[g->len] = (ReInsn){op, (uint16_t)flags, a, b};
    return (int32_t)g->len++;
}

static bool emit_node(Emitter *E, int32_t n);

static bool emit_repeat(Emitter *E, const Node *nd) {
    Parser *P = E->P;
    int32_t child = nd->child, min = nd->a, max = nd->b;
    int64_t wmin, wmax;
    node_width(P, child, &wmin, &wmax);
    if (nd->greed == POSSESSIVE && emit(E, RE_ATOMIC, 0, 0, 0) < 0) return false;
    for (int32_t k = 0; k < min; k++) {
        if (!emit_node(E, child)) return false;
    }
    bool lazy = nd->greed == LAZY;
    // an iteration that matches empty ends the repeat (as CPython's): a register keeps where
    // each iteration of a body that can match empty started
    int32_t reg = wmin == 0 && max != min ? nd->child2 : -1;
    if (max == RE_INF) {
        int32_t split = emit(E, RE_SPLIT, 0, 0, 0);
        if (split < 0) return false;
        if (reg >= 0 && emit(E, RE_SAVE, 0, reg, 0) < 0) return false;
        if (!emit_node(E, child)) return false;
        int32_t progress = reg >= 0 ? emit(E, RE_PROGRESS, 0, reg, 0) : 0;
        if (progress < 0 || emit(E, RE_JMP, 0, split, 0) < 0) return false;
        int32_t body = split + 1, out = (int32_t)E->prog->len;
        if (reg >= 0) E->prog->code[progress].b = out;
        E->prog->code[split].a = lazy ? out : body;
        E->prog->code[split].b = lazy ? body : out;
    } else {
        // x{0,3}: (x(x(x)?)?)?, every skip going to the end
        int32_t chain = -1;  // the instructions to point at the end, linked through .b
        for (int32_t k = min; k < max; k++) {
            int32_t split = emit(E, RE_SPLIT, lazy ? RE_LAZY_SPLIT : 0, 0, chain);
            if (split < 0) return false;
            chain = split;
            if (reg >= 0 && emit(E, RE_SAVE, 0, reg, 0) < 0) return false;
            if (!emit_node(E, child)) return false;
            int32_t progress = reg >= 0 ? emit(E, RE_PROGRESS, 0, reg, chain) : 0;
            if (progress < 0) return false;
            if (reg >= 0) chain = progress;
        }
        int32_t out = (int32_t)E->prog->len;
        while (chain >= 0) {
            ReInsn *in = &E->prog->code[chain];
            int32_t next = in->b;
            if (in->op == RE_PROGRESS) {
                in->b = out;
            } else {
                in->a = (in->flags & RE_LAZY_SPLIT) ? out : chain + 1;
                in->b = (in->flags & RE_LAZY_SPLIT) ? chain + 1 : out;
                in->flags = 0;
            }
            chain = next;
        }
    }
    if (nd->greed == POSSESSIVE && emit(E, RE_ATOMIC_END, 0, 0, 0) < 0) return false;
    return true;
}

static bool emit_alt(Emitter *E, const Node *nd) {
    int32_t chain = -1;  // jumps to the end, linked through their a fields
    for (int32_t c = nd->child; c >= 0; c = E->P->nodes[c].next) {
        bool last = E->P->nodes[c].next < 0;
        int32_t split = -1;
        if (!last && (split = emit(E, RE_SPLIT, 0, 0, 0)) < 0) return false;
        if (split >= 0) E->prog->code[split].a = split + 1;
        if (!emit_node(E, c)) return false;
        if (!last) {
            int32_t j = emit(E, RE_JMP, 0, chain, 0);
            if (j < 0) return false;
            chain = j;
            E->prog->code[split].b = (int32_t)E->prog->len;
        }
    }
    int32_t out = (int32_t)E->prog->len;
    while (chain >= 0) {
        int32_t next = E->prog->code[chain].a;
        E->prog->code[chain].a = out;
        chain = next;
    }
    return true;
}

static bool emit_node(Emitter *E, int32_t n) {
    Parser *P = E->P;
    const Node nd = P->nodes[n];
    bool icase = nd.flags & RE_FLAG_IGNORECASE;
    bool ascii = nd.flags & RE_FLAG_ASCII;
    int32_t at;
    int64_t wmin, wmax;
    switch ((NodeKind)nd.kind) {
    case N_EMPTY: return true;
    case N_CHAR:
        if (icase) return emit(E, RE_CHAR, nd.flags, (int32_t)re_lower((uint32_t)nd.a, ascii), (int32_t)re_upper((uint32_t)nd.a, ascii)) >= 0;
        return emit(E, RE_CHAR, nd.flags, nd.a, nd.a) >= 0;
    case N_ANY: return emit(E, RE_ANY, nd.flags, 0, 0) >= 0;
    case N_CLASS: return emit(E, RE_CLASS, nd.flags, nd.a, nd.b) >= 0;
    case N_ASSERT: return emit(E, RE_ASSERT, nd.flags, nd.a, 0) >= 0;
    case N_BACKREF: return emit(E, RE_BACKREF, nd.flags, nd.a, 0) >= 0;
    case N_GROUP:
        return emit(E, RE_SAVE, 0, 2 * nd.a, 0) >= 0 && emit_node(E, nd.child) &&
               emit(E, RE_SAVE, 0, 2 * nd.a + 1, 0) >= 0;
    case N_CAT:
        for (int32_t c = nd.child; c >= 0; c = P->nodes[c].next) {
            if (!emit_node(E, c)) return false;
        }
        return true;
    case N_ALT: return emit_alt(E, &nd);
    case N_REPEAT: return emit_repeat(E, &nd);
    case N_ATOMIC:
        return emit(E, RE_ATOMIC, 0, 0, 0) >= 0 && emit_node(E, nd.child) && emit(E, RE_ATOMIC_END, 0, 0, 0) >= 0;
    case N_LOOK:
        wmin = wmax = 0;
        if (nd.flags & RE_BEHIND) {
            node_width(P, nd.child, &wmin, &wmax);
            if (wmin != wmax) return fail_at(P, -1, "look-behind requires fixed-width pattern") + 1;
            if (wmin > INT32_MAX) {
                exc_raise(P->r, &exc_OverflowError, "regular expression code size limit exceeded");
                return fail_limit(P) + 1;
            }
        }
        at = emit(E, RE_LOOK, nd.flags, 0, (int32_t)wmin);
        if (at < 0 || !emit_node(E, nd.child) || emit(E, RE_LOOK_END, 0, 0, 0) < 0) return false;
        E->prog->code[at].a = (int32_t)E->prog->len;
        return true;
    case N_COND: {
        at = emit(E, RE_GROUPREF_EXISTS, 0, nd.a, 0);
        if (at < 0 || !emit_node(E, nd.child)) return false;
        int32_t j = emit(E, RE_JMP, 0, 0, 0);
        if (j < 0) return false;
        E->prog->code[at].b = (int32_t)E->prog->len;
        if (nd.child2 >= 0 && !emit_node(E, nd.child2)) return false;
        E->prog->code[j].a = (int32_t)E->prog->len;
        return true;
    }
    }
    return true;
}

// Gives every repeat its loop register (N_REPEAT's child2): one per node, shared by the
// copies of it that counted repeats make. Returns how many there are.
static uint32_t assign_loop_registers(Parser *P, uint32_t base) {
    uint32_t k = 0;
    for (uint32_t n = 0; n < P->count; n++) {
        if (P->nodes[n].kind == N_REPEAT) P->nodes[n].child2 = (int32_t)(base + k++);
    }
    return k;
}

void re_prog_free(Run *r, ReProg *prog) {
    if (prog->code) mem_free(r, prog->code, prog->cap * sizeof(ReInsn));
    if (prog->ranges) mem_free(r, prog->ranges, prog->rcap * sizeof(ReRange));
    if (prog->names) mem_free(r, prog->names, prog->ncap * sizeof(ReName));
    memset(prog, 0, sizeof *prog);
}

bool re_compile(Run *r, const uint32_t *pattern, size_t n, int flags, ReProg *prog, ReError *err) {
    memset(prog, 0, sizeof *prog);
    err->msg[0] = 0;
    err->pos = -1;
    Parser P = {.r = r, .p = pattern, .n = n, .prog = prog, .err = err};
    int32_t root = parse_alt(&P, flags);
    if (root >= 0 && !at_end(&P)) {
        fail_at(&P, (int64_t)P.i, "unbalanced parenthesis");
        root = fail_site(&P, RE_SITE_UNBALANCED, 0);
    }
    bool ok = root >= 0 && condrefs_check(&P);
    if (ok) {
        prog->flags = flags | P.global_flags;
        Emitter E = {.P = &P, .prog = prog, .loop_base = 2 * (prog->groups + 1)};
        uint32_t loops = assign_loop_registers(&P, E.loop_base);
        ok = emit(&E, RE_SAVE, 0, 0, 0) >= 0 && emit_node(&E, root) && emit(&E, RE_SAVE, 0, 1, 0) >= 0 &&
             emit(&E, RE_MATCH, 0, 0, 0) >= 0;
        prog->nslots = E.loop_base + loops + 1;
    }
    if (P.nodes) mem_free(r, P.nodes, P.cap * sizeof(Node));
    if (P.condrefs) mem_free(r, P.condrefs, P.condcap * sizeof(ReName));
    if (!ok) re_prog_free(r, prog);
    return ok;
}
