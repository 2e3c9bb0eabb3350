// The only file that sees tree-sitter: parses with the tree-sitter-python grammar and flattens
// the tree into Cst's node array, in one cursor walk, dropping comments.
#include "parser/cst.h"

#include <string.h>
#include <threads.h>
#include <tree_sitter/api.h>

#include "parser/grammar_alloc.h"

const TSLanguage *tree_sitter_python(void);

// cst_kind_of[] and cst_field_of[]: the grammar's symbol and field ids mapped to ours, built
// from the grammar when moat is built (parser/gen/cst_map_gen.c).
#include "cst_map.h"

typedef struct CstMaps {
    const uint16_t *kind_of;  // by TSSymbol
    const bool *has_fields;   // by TSSymbol
    uint32_t symbol_count;
    const uint8_t *field_of;  // by TSFieldId
    uint32_t field_count;
} CstMaps;

static const CstMaps cst_maps = {cst_kind_of, cst_has_fields, CST_MAP_SYMBOLS, cst_field_of,
                                 CST_MAP_FIELDS};

// tree-sitter 0.20 has no ts_node_is_error; its error symbol is the largest TSSymbol.
static const TSSymbol cst_error_symbol = (TSSymbol)-1;

static uint16_t cst_kind_for(const CstMaps *m, TSSymbol s) {
    if (s == cst_error_symbol) return CST_ERROR;
    return s < m->symbol_count ? m->kind_of[s] : CST_OTHER;
}

static bool cst_symbol_has_fields(const CstMaps *m, TSSymbol s) {
    return s >= m->symbol_count || m->has_fields[s];
}

// Growable array in the arena: doubling keeps the abandoned copies under the final size.
static bool cst_grow(Arena *arena, void **items, uint32_t *cap, uint32_t need, size_t elem) {
    if (need <= *cap) return true;
    uint32_t cap2 = *cap ? *cap : 64;
    while (cap2 < need) {
        if (cap2 > UINT32_MAX / 2) return false;
        cap2 *= 2;
    }
    void *p = arena_alloc(arena, (size_t)cap2 * elem);
    if (!p) return false;
    if (*cap) memcpy(p, *items, (size_t)*cap * elem);
    *items = p;
    *cap = cap2;
    return true;
}

typedef struct CstWalk {
    Cst *cst;
    Arena *arena;
    uint32_t cap;
    uint32_t *parents, *lasts;  // stack of open nodes and their last child so far
    uint32_t depth, stack_cap;
} CstWalk;

static bool cst_note_missing(CstWalk *w, uint32_t i, const char *name) {
    Cst *cst = w->cst;
    if (!cst_grow(w->arena, (void **)&cst->missings, &cst->missing_cap, cst->missing_count + 1,
                  sizeof *cst->missings)) {
        return false;
    }
    cst->missings[cst->missing_count++] = (struct CstMissing){i, name};
    return true;
}

// Appends the cursor's node n (symbol s) under the open node on top of the stack.
static bool cst_add(CstWalk *w, const CstMaps *m, TSTreeCursor *cur, TSNode n, TSSymbol s,
                    uint32_t *out) {
    Cst *cst = w->cst;
    if (!cst_grow(w->arena, (void **)&cst->nodes, &w->cap, cst->count + 1, sizeof(CstNode))) {
        return false;
    }
    TSPoint a = ts_node_start_point(n), b = ts_node_end_point(n);
    uint32_t i = cst->count++;
    CstNode *c = &cst->nodes[i];
    bool fielded = w->depth && (cst->nodes[w->parents[w->depth - 1]].flags & CST_FIELDED);
    TSFieldId f = fielded ? ts_tree_cursor_current_field_id(cur) : 0;
    *c = (CstNode){
        .start = ts_node_start_byte(n),
        .end = ts_node_end_byte(n),
        .line = a.row + 1,
        .col = a.column,
        .end_line = b.row + 1,
        .end_col = b.column,
        .kind = cst_kind_for(m, s),
        .field = f < m->field_count ? m->field_of[f] : 0,
        .flags = (uint8_t)((ts_node_is_named(n) ? CST_NAMED : 0) |
                           (ts_node_is_missing(n) ? CST_MISSING : 0) |
                           (cst_symbol_has_fields(m, s) ? CST_FIELDED : 0)),
    };
    if (!cst->first_error && (c->kind == CST_ERROR || (c->flags & CST_MISSING))) {
        cst->first_error = i;
        if (c->flags & CST_MISSING) cst->missing = ts_node_type(n);
    }
    if ((c->flags & CST_MISSING) && !cst_note_missing(w, i, ts_node_type(n))) return false;
    if (w->depth) {
        uint32_t parent = w->parents[w->depth - 1];
        uint32_t *last = &w->lasts[w->depth - 1];
        if (*last) {
            cst->nodes[*last].next = i;
        } else {
            cst->nodes[parent].child = i;
        }
        *last = i;
    }
    *out = i;
    return true;
}

static bool cst_push(CstWalk *w, uint32_t i) {
    uint32_t cap = w->stack_cap;
    if (!cst_grow(w->arena, (void **)&w->parents, &cap, w->depth + 1, sizeof(uint32_t))) {
        return false;
    }
    if (!cst_grow(w->arena, (void **)&w->lasts, &w->stack_cap, w->depth + 1, sizeof(uint32_t))) {
        return false;
    }
    w->parents[w->depth] = i;
    w->lasts[w->depth] = 0;
    w->depth++;
    return true;
}

static bool cst_walk(CstWalk *w, const CstMaps *m, TSTreeCursor *cur) {
    uint32_t i;
    TSNode n = ts_tree_cursor_current_node(cur);
    if (!cst_add(w, m, cur, n, ts_node_symbol(n), &i)) return false;
    if (!ts_tree_cursor_goto_first_child(cur)) return true;
    if (!cst_push(w, i)) return false;
    for (;;) {
        n = ts_tree_cursor_current_node(cur);
        TSSymbol s = ts_node_symbol(n);
        // comments and line continuations carry nothing lowering needs
        if (!ts_node_is_extra(n) || s == cst_error_symbol) {
            if (!cst_add(w, m, cur, n, s, &i)) return false;
            if (ts_tree_cursor_goto_first_child(cur)) {
                if (!cst_push(w, i)) return false;
                continue;
            }
        }
        while (!ts_tree_cursor_goto_next_sibling(cur)) {
            ts_tree_cursor_goto_parent(cur);
            if (--w->depth == 0) return true;
        }
    }
}

static uint32_t cst_frag_byte(uint32_t b, size_t plen, uint32_t start, uint32_t end) {
    if (b < plen) return start;
    uint64_t mapped = (uint64_t)b - plen + start;
    return mapped > end ? end : (uint32_t)mapped;
}

static void cst_frag_point(uint32_t *line, uint32_t *col, size_t plen, const CstNode *at) {
    if (*line == 1) *col = *col < plen ? at->col : (uint32_t)(*col - plen) + at->col;
    *line += at->line - 1;
}

// Each thread keeps one TSParser between parses: making one and setting its language costs a
// fifth of parsing a one-line script. It is taken out of the slot while in use (a parse inside
// a parse would make its own) and freed when its thread ends. The thread's tree cursor is kept
// too (making one mallocs its stack); walks never nest, so it needs no such care.
static tss_t cst_parser_slot;
static bool cst_parser_slot_ok;
static once_flag cst_parser_once = ONCE_FLAG_INIT;
static _Thread_local TSTreeCursor cst_cursor;
static _Thread_local bool cst_cursor_made;

static void cst_cursor_drop(void) {
    if (cst_cursor_made) ts_tree_cursor_delete(&cst_cursor);
    cst_cursor_made = false;
}

// At thread exit, in that thread: its parser and cursor go, and the scanner's spare block.
static void cst_parser_delete(void *parser) {
    ts_parser_delete(parser);
    cst_cursor_drop();
    grammar_release_spare();
}

static void cst_parser_slot_init(void) {
    cst_parser_slot_ok = tss_create(&cst_parser_slot, cst_parser_delete) == thrd_success;
}

static TSParser *cst_parser_take(void) {
    call_once(&cst_parser_once, cst_parser_slot_init);
    TSParser *parser = cst_parser_slot_ok ? tss_get(cst_parser_slot) : NULL;
    if (parser) {
        tss_set(cst_parser_slot, NULL);
        return parser;
    }
    parser = ts_parser_new();
    if (parser && !ts_parser_set_language(parser, tree_sitter_python())) {
        ts_parser_delete(parser);
        return NULL;
    }
    return parser;
}

// A parser that read a long source keeps buffers sized for it (a list of 200,000 items leaves
// 260 KB): it is not kept, as making one costs nothing next to such a parse.
enum { CST_PARSER_KEEP_MAX = 16 * 1024 };

// A parse that finished leaves the parser reset; one that did not (no tree) is reset here.
static void cst_parser_give_back(TSParser *parser, bool finished, uint32_t len) {
    if (!finished) ts_parser_reset(parser);
    if (len <= CST_PARSER_KEEP_MAX && cst_parser_slot_ok && !tss_get(cst_parser_slot) &&
        tss_set(cst_parser_slot, parser) == thrd_success) {
        return;
    }
    ts_parser_delete(parser);
}

// The thread's cursor, reset to the root of tree.
static TSTreeCursor *cst_cursor_at(const TSTree *tree) {
    if (cst_cursor_made) {
        ts_tree_cursor_reset(&cst_cursor, ts_tree_root_node(tree));
    } else {
        cst_cursor = ts_tree_cursor_new(ts_tree_root_node(tree));
        cst_cursor_made = true;
    }
    return &cst_cursor;
}

// Parses src[0..len) and flattens the tree into cst (emptied first).
static bool cst_parse_text(Cst *cst, Arena *arena, const CstMaps *maps, const char *src,
                           uint32_t len) {
    cst->count = 0;
    cst->first_error = 0;
    cst->missing = NULL;
    cst->missing_count = 0;
    TSParser *parser = cst_parser_take();
    if (!parser) return false;
    TSTree *tree = ts_parser_parse_string(parser, NULL, src, len);
    cst_parser_give_back(parser, tree != NULL, len);
    if (!tree) return false;
    CstWalk w = {.cst = cst, .arena = arena, .cap = cst->cap};
    bool ok = cst_walk(&w, maps, cst_cursor_at(tree));
    cst->cap = w.cap;
    ts_tree_delete(tree);
    if (len > CST_PARSER_KEEP_MAX) cst_cursor_drop();  // its stack is as deep as the tree
    return ok;
}

// True if identifier node n is the prefix of a t-string (PEP 750), which this grammar does
// not know: `t`, `rt`, `tr` in any case, right before a quote.
static bool cst_is_tstring_prefix(const Cst *cst, const CstNode *n) {
    if (n->kind != CST_IDENTIFIER || n->end >= cst->len) return false;
    char q = cst->src[n->end];
    if (q != '"' && q != '\'') return false;
    const char *t = cst->src + n->start;
    uint32_t len = n->end - n->start;
    bool has_t = false, ok = len >= 1 && len <= 2;
    for (uint32_t k = 0; ok && k < len; k++) {
        char c = (char)(t[k] | 0x20);
        if (c == 't' && !has_t) has_t = true;
        else if (c != 'r') ok = false;
    }
    return ok && has_t;
}

// A copy of src where each t-string prefix reads as an f-string's, same length: lowering
// reads the true prefix from the original text. NULL when there is none (or out of memory).
static char *cst_tstrings_as_fstrings(const Cst *cst, Arena *arena, const char *src) {
    char *copy = NULL;
    for (uint32_t k = 0; k < cst->count; k++) {
        const CstNode *n = &cst->nodes[k];
        if (!cst_is_tstring_prefix(cst, n)) continue;
        if (!copy) {
            copy = arena_alloc(arena, cst->len + 1);
            if (!copy) return NULL;
            memcpy(copy, src, cst->len);
        }
        for (uint32_t j = n->start; j < n->end; j++) {
            if ((copy[j] | 0x20) == 't') copy[j] = (char)(copy[j] == 't' ? 'f' : 'F');
        }
    }
    return copy;
}

bool cst_parse(Cst *cst, Arena *arena, const char *src, size_t len) {
    memset(cst, 0, sizeof *cst);
    cst->src = src;
    cst->len = len;
    // guard: byte offsets are 32-bit
    if (len >= UINT32_MAX) return false;
    const CstMaps *maps = &cst_maps;
    cst->maps = maps;
    if (!cst_parse_text(cst, arena, maps, src, (uint32_t)len)) return false;
    // t-strings nest inside t-strings' fields: each round uncovers one more level
    const char *text = src;
    for (int round = 0; round < 4; round++) {
        char *patched = cst_tstrings_as_fstrings(cst, arena, text);
        if (!patched) break;
        if (!cst_parse_text(cst, arena, maps, patched, (uint32_t)len)) return false;
        text = patched;
    }
    return true;
}

bool cst_parse_fragment(Cst *out, Arena *arena, const Cst *whole, const CstNode *at, uint32_t end,
                        const char *prefix, const char *suffix) {
    memset(out, 0, sizeof *out);
    size_t plen = strlen(prefix), slen = strlen(suffix);
    if (end < at->start || end > whole->len) return false;
    size_t n = plen + (end - at->start) + slen;
    char *text = arena_alloc(arena, n + 1);
    if (!text) return false;
    memcpy(text, prefix, plen);
    memcpy(text + plen, whole->src + at->start, end - at->start);
    memcpy(text + plen + (end - at->start), suffix, slen);
    text[n] = '\0';
    out->src = text;
    out->len = n;
    out->maps = whole->maps;
    if (!cst_parse_text(out, arena, whole->maps, text, (uint32_t)n)) return false;
    // place every node at the whole source's positions; the prefix's and suffix's own tokens
    // collapse onto the fragment's ends
    for (uint32_t k = 0; k < out->count; k++) {
        CstNode *c = &out->nodes[k];
        c->start = cst_frag_byte(c->start, plen, at->start, end);
        c->end = cst_frag_byte(c->end, plen, at->start, end);
        cst_frag_point(&c->line, &c->col, plen, at);
        cst_frag_point(&c->end_line, &c->end_col, plen, at);
    }
    out->src = whole->src;
    out->len = whole->len;
    return true;
}

uint32_t cst_subtree_last(const Cst *cst, uint32_t i) {
    // a subtree is a contiguous run of the preorder array: i up to its last descendant
    uint32_t last = i;
    while (cst->nodes[last].child) {
        uint32_t c = cst->nodes[last].child;
        while (cst->nodes[c].next) c = cst->nodes[c].next;
        last = c;
    }
    return last;
}

void cst_mark_repaired(const Cst *cst, uint32_t i) {
    uint32_t last = cst_subtree_last(cst, i);
    for (uint32_t k = i; k <= last; k++) cst->nodes[k].flags |= CST_REPAIRED;
}

const char *cst_missing_name(const Cst *cst, uint32_t i) {
    for (uint32_t k = 0; k < cst->missing_count; k++) {
        if (cst->missings[k].node == i) return cst->missings[k].name;
    }
    return "";
}
