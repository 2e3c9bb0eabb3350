// Compiling the match statement, after CPython 3.14's codegen: each pattern consumes the
// subject on top of the stack and either falls through (a match) or jumps to a failure label
// that pops what the pattern left. Captured values wait on the stack, below the items still
// in use, and are stored only once the whole pattern has matched (before the guard).
#include <string.h>

#include "interp/compile_unit.h"
#include "interp/obj_str.h"
#include "interp/obj_tuple.h"

// guard: patterns nest as deeply as the parser allows; this bounds the C recursion here too
enum { MATCH_MAX_DEPTH = 3000 };

// The state of one pattern being compiled (CPython's pattern_context).
typedef struct PatCtx {
    AstIdent *stores; // names captured so far, in stack order from the top
    uint32_t store_count, store_cap;
    Label *fail_pop; // fail_pop[n]: pop n items, then the pattern has failed
    uint32_t fail_pop_count;
    uint32_t on_top; // items above the captured values that are still needed
    uint32_t floor; // stack depth once the subject is consumed and nothing is captured
} PatCtx;

static void compile_pattern(Compiler *c, const AstPattern *p, PatCtx *pc);

static bool is_wildcard(const AstPattern *p) {
    return p && p->kind == AST_PAT_AS && !p->as.pattern && !p->as.name;
}

static bool is_star_wildcard(const AstPattern *p) {
    return p && p->kind == AST_PAT_STAR && !p->star_name;
}

// Grows an arena array of `size`-byte entries to hold at least n + 1 (arena memory is not
// freed, so the old block is simply left behind).
static bool grow(Compiler *c, void **items, uint32_t n, uint32_t *cap, size_t size) {
    if (n < *cap) return true;
    uint32_t fresh_cap = *cap ? *cap * 2 : 8;
    void *fresh = cu_alloc(c, fresh_cap * size);
    if (!fresh) return false;
    if (n) memcpy(fresh, *items, n * size);
    *items = fresh;
    *cap = fresh_cap;
    return true;
}

// ---- failure labels ----

static void ensure_fail_pop(Compiler *c, PatCtx *pc, uint32_t n) {
    if (n < pc->fail_pop_count) return;
    Label *fresh = cu_alloc(c, (n + 1) * sizeof *fresh);
    if (!fresh) return;
    if (pc->fail_pop_count) memcpy(fresh, pc->fail_pop, pc->fail_pop_count * sizeof *fresh);
    for (uint32_t k = pc->fail_pop_count; k <= n; k++)
        fresh[k] = cu_label(c);
    pc->fail_pop = fresh;
    pc->fail_pop_count = n + 1;
}

// Emits `op` (a conditional jump) to the failure label that pops what this pattern holds.
static void jump_to_fail(Compiler *c, PatCtx *pc, Opcode op) {
    uint32_t pops = pc->on_top + pc->store_count;
    ensure_fail_pop(c, pc, pops);
    if (c->oom) return;
    cu_emit_jump(c, op, pc->fail_pop[pops]);
}

// Places the failure labels, deepest first, each popping one item into the next.
static void emit_fail_pops(Compiler *c, PatCtx *pc) {
    if (!pc->fail_pop_count) return;
    for (uint32_t n = pc->fail_pop_count - 1; n > 0; n--) {
        cu_place(c, pc->fail_pop[n]);
        c->u->depth = pc->floor + n;
        cu_emit(c, OP_POP_TOP, 0);
    }
    cu_place(c, pc->fail_pop[0]);
    c->u->depth = pc->floor;
    pc->fail_pop = NULL;
    pc->fail_pop_count = 0;
}

// ---- captures ----

// Moves the top of the stack `count` entries down (to position count), keeping the others'
// order.
static void rotate(Compiler *c, uint32_t count) {
    for (; count > 1; count--)
        cu_emit(c, OP_SWAP, count);
}

// Keeps the value on top for binding `name` when the whole pattern matches (pops it for `_`).
static void capture(Compiler *c, AstIdent name, PatCtx *pc) {
    if (!name) {
        cu_emit(c, OP_POP_TOP, 0);
        return;
    }
    rotate(c, pc->on_top + pc->store_count + 1);
    if (!grow(c, (void **)&pc->stores, pc->store_count, &pc->store_cap, sizeof *pc->stores)) return;
    pc->stores[pc->store_count++] = name; // it went below the earlier ones
}

// ---- pattern kinds ----

// Replaces a tuple on top by its n items, first on top.
static void unpack(Compiler *c, uint32_t n) {
    if (n)
        cu_emit(c, OP_UNPACK_SEQUENCE, n);
    else
        cu_emit(c, OP_POP_TOP, 0); // the VM's UNPACK_SEQUENCE wants at least one item
}

// A sub-pattern of a sequence, mapping or class pattern; a wildcard just drops its subject.
static void compile_subpattern(Compiler *c, const AstPattern *p, PatCtx *pc) {
    if (is_wildcard(p)) {
        cu_emit(c, OP_POP_TOP, 0);
        return;
    }
    compile_pattern(c, p, pc);
}

// MatchAs: `name`, `_`, or `pattern as name`.
static void compile_as(Compiler *c, const AstPattern *p, PatCtx *pc) {
    if (!p->as.pattern) {
        capture(c, p->as.name, pc);
        return;
    }
    // keep the subject under the sub-pattern's work, for binding it afterwards
    pc->on_top++;
    cu_emit(c, OP_COPY, 1);
    compile_pattern(c, p->as.pattern, pc);
    pc->on_top--;
    capture(c, p->as.name, pc);
}

// Literals and dotted names compare with ==; None, True and False with `is`.
static void compile_value(Compiler *c, const AstPattern *p, PatCtx *pc) {
    compile_expr(c, p->value);
    c->u->span = p->span;
    if (p->kind == AST_PAT_SINGLETON) {
        cu_emit(c, OP_IS_OP, 0);
    } else {
        cu_emit(c, OP_COMPARE_OP, AST_CMP_EQ);
    }
    jump_to_fail(c, pc, OP_POP_JUMP_IF_FALSE);
}

// Fails unless len(subject) <op> n (the subject stays).
static void check_len(Compiler *c, PatCtx *pc, uint32_t n, AstCmpOp op) {
    cu_emit(c, OP_GET_LEN, 0);
    cu_load_const(c, v_int(n));
    cu_emit(c, OP_COMPARE_OP, op);
    jump_to_fail(c, pc, OP_POP_JUMP_IF_FALSE);
}

// Items of a sequence whose star is a wildcard are read by index, so `[x, *_]` does not copy
// the sequence; an index after the star counts from len(subject).
static void sequence_by_index(Compiler *c, AstPatternList items, uint32_t star, PatCtx *pc) {
    pc->on_top++;
    for (uint32_t k = 0; k < items.count; k++) {
        const AstPattern *item = items.items[k];
        if (k == star || is_wildcard(item)) continue;
        cu_emit(c, OP_COPY, 1);
        if (k < star) {
            cu_load_const(c, v_int(k));
        } else {
            cu_emit(c, OP_GET_LEN, 0);
            cu_load_const(c, v_int(items.count - k));
            cu_emit(c, OP_BINARY_OP, AST_OP_SUB);
        }
        cu_emit(c, OP_BINARY_SUBSCR, 0);
        compile_subpattern(c, item, pc);
    }
    pc->on_top--;
    cu_emit(c, OP_POP_TOP, 0);
}

// The other sequences are unpacked, first item on top, and matched in order.
static void sequence_unpacked(Compiler *c, AstPatternList items, uint32_t star, PatCtx *pc) {
    uint32_t n = items.count;
    if (star == UINT32_MAX) {
        cu_emit(c, OP_UNPACK_SEQUENCE, n);
    } else {
        cu_emit(c, OP_UNPACK_EX, star | (n - star - 1) << 8);
    }
    pc->on_top += n;
    for (uint32_t k = 0; k < n; k++) {
        pc->on_top--;
        const AstPattern *item = items.items[k];
        if (item && item->kind == AST_PAT_STAR) {
            capture(c, item->star_name, pc);
        } else {
            compile_subpattern(c, item, pc);
        }
    }
}

// MatchSequence: [p, q, *rest] or (p, q) — lists, tuples and ranges, never str or bytes.
static void compile_sequence(Compiler *c, const AstPattern *p, PatCtx *pc) {
    AstPatternList items = p->patterns;
    uint32_t star = UINT32_MAX;
    bool only_wildcards = true, star_wildcard = false;
    for (uint32_t k = 0; k < items.count; k++) {
        const AstPattern *item = items.items[k];
        if (item && item->kind == AST_PAT_STAR) {
            star = k;
            star_wildcard = is_star_wildcard(item);
            only_wildcards &= star_wildcard;
        } else {
            only_wildcards &= is_wildcard(item);
        }
    }
    // the subject stays on top through the type and length checks
    pc->on_top++;
    cu_emit(c, OP_MATCH_SEQUENCE, 0);
    jump_to_fail(c, pc, OP_POP_JUMP_IF_FALSE);
    if (star == UINT32_MAX) {
        check_len(c, pc, items.count, AST_CMP_EQ);
    } else if (items.count > 1) {
        check_len(c, pc, items.count - 1, AST_CMP_GE);
    }
    pc->on_top--;
    if (only_wildcards) {
        cu_emit(c, OP_POP_TOP, 0);
    } else if (star_wildcard) {
        sequence_by_index(c, items, star, pc);
    } else {
        sequence_unpacked(c, items, star, pc);
    }
}

// **rest: a copy of the subject without the pattern's keys. Arrives with [subject, keys].
static void mapping_rest(Compiler *c, const AstPattern *p, PatCtx *pc) {
    uint32_t n = p->mapping.patterns.count;
    cu_emit(c, OP_BUILD_MAP, 0); // subject keys {}
    cu_emit(c, OP_SWAP, 3); // {} keys subject
    cu_emit(c, OP_DICT_UPDATE, 2); // rest keys
    unpack(c, n); // rest key...
    for (uint32_t left = n; left > 0; left--) {
        cu_emit(c, OP_COPY, 1 + left); // rest key... rest
        cu_emit(c, OP_SWAP, 2); // rest key... rest key
        cu_emit(c, OP_DELETE_SUBSCR, 0);
    }
    capture(c, p->mapping.rest, pc);
}

// MatchMapping: {key: p, ..., **rest} — dicts; the keys are read with get semantics.
static void compile_mapping(Compiler *c, const AstPattern *p, PatCtx *pc) {
    uint32_t n = p->mapping.patterns.count;
    pc->on_top++;
    cu_emit(c, OP_MATCH_MAPPING, 0);
    jump_to_fail(c, pc, OP_POP_JUMP_IF_FALSE);
    if (!n && !p->mapping.rest) {
        // `{}` matches any mapping
        pc->on_top--;
        cu_emit(c, OP_POP_TOP, 0);
        return;
    }
    if (n) check_len(c, pc, n, AST_CMP_GE);
    for (uint32_t k = 0; k < n; k++)
        compile_expr(c, p->mapping.keys[k]);
    c->u->span = p->span;
    cu_emit(c, OP_BUILD_TUPLE, n);
    cu_emit(c, OP_MATCH_KEYS, 0);
    // subject keys values: fail when values is None
    pc->on_top += 2;
    cu_emit(c, OP_COPY, 1);
    cu_emit(c, OP_LOAD_NONE, 0);
    cu_emit(c, OP_IS_OP, 1);
    jump_to_fail(c, pc, OP_POP_JUMP_IF_FALSE);
    unpack(c, n);
    pc->on_top--; // the values tuple became n values
    pc->on_top += n;
    for (uint32_t k = 0; k < n; k++) {
        pc->on_top--;
        compile_subpattern(c, p->mapping.patterns.items[k], pc);
    }
    // what follows consumes the keys and the subject
    pc->on_top -= 2;
    if (p->mapping.rest) {
        mapping_rest(c, p, pc);
    } else {
        cu_emit(c, OP_POP_TOP, 0);
        cu_emit(c, OP_POP_TOP, 0);
    }
}

// The keyword attribute names of a class pattern, then "__match_args__" (for the VM).
static void load_class_names(Compiler *c, const AstPattern *p) {
    uint32_t nkw = p->cls.kwd_patterns.count;
    Value *names = cu_alloc(c, (nkw + 1) * sizeof *names);
    void *mem = cu_alloc(c, tuple_static_size(nkw + 1));
    if (!names || !mem) return;
    for (uint32_t k = 0; k < nkw; k++) {
        names[k] = v_obj(cu_str(c, p->cls.kwd_attrs[k], strlen(p->cls.kwd_attrs[k])));
    }
    names[nkw] = v_obj(cu_str(c, "__match_args__", strlen("__match_args__")));
    cu_load_const(c, v_obj(tuple_init_static(mem, names, nkw + 1)));
}

// MatchClass: Cls(p, q, attr=r) — isinstance, then attributes named by Cls.__match_args__
// and by the keywords.
static void compile_class(Compiler *c, const AstPattern *p, PatCtx *pc) {
    uint32_t npos = p->cls.patterns.count, nkw = p->cls.kwd_patterns.count;
    if (!p->cls.cls) {
        cu_unsupported(c, p->span, "code with syntax errors");
        return;
    }
    compile_expr(c, p->cls.cls);
    c->u->span = p->span;
    load_class_names(c, p);
    cu_mark(c, POS_CALL, &p->cls.cls->span);
    cu_emit(c, OP_MATCH_CLASS, npos);
    cu_emit(c, OP_COPY, 1);
    cu_emit(c, OP_LOAD_NONE, 0);
    cu_emit(c, OP_IS_OP, 1);
    pc->on_top++;
    jump_to_fail(c, pc, OP_POP_JUMP_IF_FALSE);
    unpack(c, npos + nkw);
    pc->on_top += npos + nkw - 1;
    for (uint32_t k = 0; k < npos + nkw; k++) {
        pc->on_top--;
        const AstPattern *sub =
            k < npos ? p->cls.patterns.items[k] : p->cls.kwd_patterns.items[k - npos];
        compile_subpattern(c, sub, pc);
    }
}

// Puts the captured values of an alternative (its names `have`, topmost first) in the order
// of the first alternative's (`want`), swapping entries of the top of the stack.
static void reorder_captures(Compiler *c, AstIdent *have, const AstIdent *want, uint32_t n) {
    for (uint32_t k = 0; k < n; k++) {
        uint32_t j = k;
        while (j < n && have[j] != want[k])
            j++;
        if (j == k || j == n) continue;
        // swap stack positions k + 1 and j + 1 (1 is the top)
        if (k == 0) {
            cu_emit(c, OP_SWAP, j + 1);
        } else {
            cu_emit(c, OP_SWAP, k + 1);
            cu_emit(c, OP_SWAP, j + 1);
            cu_emit(c, OP_SWAP, k + 1);
        }
        AstIdent t = have[k];
        have[k] = have[j];
        have[j] = t;
    }
}

// MatchOr: p | q | r — each alternative works on a copy of the subject with its own
// captures; the one that matches leaves them in the first alternative's order.
static void compile_or(Compiler *c, const AstPattern *p, PatCtx *pc) {
    Label end = cu_label(c);
    AstIdent *control = NULL;
    uint32_t ncontrol = 0;
    uint32_t subject_depth = c->u->depth; // the subject is on top
    for (uint32_t k = 0; k < p->patterns.count && !c->oom; k++) {
        PatCtx alt = {.floor = subject_depth};
        c->u->depth = subject_depth;
        if (p->patterns.items[k]) c->u->span = p->patterns.items[k]->span;
        cu_emit(c, OP_COPY, 1);
        compile_pattern(c, p->patterns.items[k], &alt);
        if (k == 0) {
            control = alt.stores;
            ncontrol = alt.store_count;
        } else {
            reorder_captures(c, alt.stores, control, ncontrol);
        }
        cu_emit_jump(c, OP_JUMP, end);
        emit_fail_pops(c, &alt);
    }
    // no alternative matched: drop the subject and fail
    c->u->span = p->span;
    cu_emit(c, OP_POP_TOP, 0);
    jump_to_fail(c, pc, OP_JUMP);

    // a match: [earlier captures, items in use, subject, new captures]
    cu_place(c, end);
    c->u->depth = subject_depth + ncontrol;
    uint32_t rotations = ncontrol + 1 + pc->on_top + pc->store_count;
    for (uint32_t k = 0; k < ncontrol; k++) {
        rotate(c, rotations);
        if (!grow(c, (void **)&pc->stores, pc->store_count, &pc->store_cap, sizeof *pc->stores)) {
            return;
        }
        pc->stores[pc->store_count++] = control[k]; // it went below every earlier capture
    }
    cu_emit(c, OP_POP_TOP, 0); // the subject
}

static void compile_pattern(Compiler *c, const AstPattern *p, PatCtx *pc) {
    if (!p) {
        cu_unsupported(c, c->u->span, "code with syntax errors");
        return;
    }
    // guard: C recursion over nested patterns
    if (c->depth >= MATCH_MAX_DEPTH) {
        cu_unsupported(c, p->span, "patterns nested this deeply");
        return;
    }
    c->depth++;
    Span saved = c->u->span;
    c->u->span = p->span;
    switch ((AstPatternKind)p->kind) {
    case AST_PAT_AS: compile_as(c, p, pc); break;
    case AST_PAT_STAR: capture(c, p->star_name, pc); break;
    case AST_PAT_VALUE:
    case AST_PAT_SINGLETON: compile_value(c, p, pc); break;
    case AST_PAT_SEQUENCE: compile_sequence(c, p, pc); break;
    case AST_PAT_MAPPING: compile_mapping(c, p, pc); break;
    case AST_PAT_CLASS: compile_class(c, p, pc); break;
    case AST_PAT_OR: compile_or(c, p, pc); break;
    case AST_PAT_ERROR:
    default: cu_unsupported(c, p->span, "code with syntax errors"); break;
    }
    c->u->span = saved;
    c->depth--;
}

// ---- the statement ----

// Binds the captured values, topmost first, once the pattern has matched.
static void store_captures(Compiler *c, const PatCtx *pc) {
    for (uint32_t k = 0; k < pc->store_count; k++)
        cu_store_name(c, pc->stores[k]);
}

// match_statement: 'match' subject ':' case_clause+
// case_clause: 'case' pattern ['if' guard] ':' body
// Every case but the last works on a copy of the subject; a trailing `case _:` needs none.
void compile_match(Compiler *c, const AstStmt *s) {
    Unit *u = c->u;
    uint32_t base = u->depth, ncases = s->match.count;
    Label end = cu_label(c);
    compile_expr(c, s->match.subject);
    const AstMatchCase *last = &s->match.cases[ncases - 1];
    bool has_default = ncases > 1 && is_wildcard(last->pattern);
    uint32_t checked = ncases - has_default;
    for (uint32_t k = 0; k < checked && !c->oom; k++) {
        const AstMatchCase *m = &s->match.cases[k];
        bool keep_subject = k + 1 < checked;
        u->span = m->pattern->span;
        u->depth = base + 1;
        if (keep_subject) cu_emit(c, OP_COPY, 1);
        PatCtx pc = {.floor = u->depth - 1};
        compile_pattern(c, m->pattern, &pc);
        u->span = m->pattern->span;
        store_captures(c, &pc);
        ensure_fail_pop(c, &pc, 0);
        if (m->guard && !c->oom) compile_jump_if(c, m->guard, false, pc.fail_pop[0]);
        u->span = m->pattern->span;
        if (keep_subject) cu_emit(c, OP_POP_TOP, 0);
        compile_stmts(c, m->body);
        cu_emit_jump(c, OP_JUMP, end);
        u->span = m->pattern->span;
        emit_fail_pops(c, &pc);
    }
    if (has_default) {
        u->depth = base;
        u->span = last->pattern->span;
        cu_emit(c, OP_NOP, 0);
        if (last->guard) compile_jump_if(c, last->guard, false, end);
        compile_stmts(c, last->body);
    }
    cu_place(c, end);
    u->depth = base;
}
