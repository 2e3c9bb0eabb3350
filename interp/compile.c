// The compiler's backbone: code units, emission with spans, labels, constants and names,
// the exception table, stack-depth analysis, and the assembly of Code objects.
#include "interp/compile.h"

#include <stdio.h>
#include <string.h>

#include "interp/builtins.h"
#include "interp/compile_unit.h"
#include "interp/obj_complex.h"
#include "interp/obj_func.h"
#include "interp/obj_str.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"


void *cu_alloc(Compiler *c, size_t size) {
    void *p = arena_calloc(c->arena, 1, size ? size : 1);
    if (!p) c->oom = true;
    return p;
}

// An array of n elements of elem bytes in the arena, zeroed. Most code objects have no cells,
// no free names or no handlers: an empty array is one shared read-only block (never written:
// it has no elements).
static void *cu_array(Compiler *c, size_t n, size_t elem) {
    static const max_align_t no_items;
    return n ? cu_alloc(c, n * elem) : (void *)&no_items;
}

// Grows an arena array to hold one more element.
static bool cu_grow(Compiler *c, void **items, uint32_t count, uint32_t *cap, size_t elem) {
    if (count < *cap) return true;
    // guard: instruction arguments are 24 bits
    if (count >= INSN_ARG_MAX) {
        c->oom = true;
        return false;
    }
    uint32_t n = *cap ? *cap * 2 : 16;
    void *p = cu_alloc(c, (size_t)n * elem);
    if (!p) return false;
    if (count) memcpy(p, *items, (size_t)count * elem);
    *items = p;
    *cap = n;
    return true;
}

void cu_unsupported(Compiler *c, Span at, const char *what) {
    c->failed = true;
    if (!diag_add(c->dl, DIAG_PHASE_CHECK, at, "unsupported", NULL, "moat does not support %s yet",
                  what)) {
        c->oom = true;
    }
}

// ---- emission ----

static int stack_effect(Opcode op, uint32_t a) {
#define EFFECT_CASE(name, effect) \
    case name: return (effect);
    switch (op) {
        OPCODES(EFFECT_CASE)
    default: return 0;
    }
#undef EFFECT_CASE
}

// The instruction arrays (instructions, positions, handlers) grow together.
static bool cu_grow_insns(Compiler *c, Unit *u) {
    uint32_t cap = u->cap;
    if (!cu_grow(c, (void **)&u->insns, u->count, &cap, sizeof *u->insns)) return false;
    cap = u->cap;
    if (!cu_grow(c, (void **)&u->pos, u->count, &cap, sizeof *u->pos)) return false;
    return cu_grow(c, (void **)&u->insn_handler, u->count, &u->cap, sizeof *u->insn_handler);
}

void cu_emit(Compiler *c, Opcode op, uint32_t arg) {
    Unit *u = c->u;
    if (arg > INSN_ARG_MAX) {
        cu_unsupported(c, u->span, "code this large");
        return;
    }
    if (u->count == u->cap && !cu_grow_insns(c, u)) return;
    u->insns[u->count] = insn_make(op, arg);
    u->pos[u->count] = (InsnPos){.span = u->span, .mark_line = u->mark.mark_line,
                                 .mark_col = u->mark.mark_col, .kind = u->mark.kind};
    u->mark.kind = POS_PLAIN;
    u->insn_handler[u->count] = u->handler_level ? u->handlers[u->handler_level - 1] : -1;
    u->count++;
    int eff = stack_effect(op, arg);
    u->depth = (uint32_t)((int)u->depth + eff);
}

void cu_mark(Compiler *c, PosKind kind, const Span *first_operand) {
    c->u->mark = (InsnPos){.kind = (uint8_t)kind, .mark_line = first_operand->end_line,
                           .mark_col = first_operand->end_col};
}

Label cu_label(Compiler *c) {
    Unit *u = c->u;
    if (!cu_grow(c, (void **)&u->labels, u->label_count, &u->label_cap, sizeof *u->labels)) return 0;
    u->labels[u->label_count] = UINT32_MAX;
    return u->label_count++;
}

void cu_place(Compiler *c, Label l) {
    if (c->oom) return;
    c->u->labels[l] = c->u->count;
}

void cu_emit_jump(Compiler *c, Opcode op, Label target) {
    cu_emit(c, op, target);
}

static bool is_jump(Opcode op) {
    switch (op) {
    case OP_JUMP:
    case OP_POP_JUMP_IF_FALSE:
    case OP_POP_JUMP_IF_TRUE:
    case OP_JUMP_IF_FALSE_OR_POP:
    case OP_JUMP_IF_TRUE_OR_POP:
    case OP_FOR_ITER:
    case OP_SEND:
        return true;
    default:
        return false;
    }
}

bool cu_push_handler(Compiler *c, Label label, uint32_t depth) {
    Unit *u = c->u;
    if (u->handler_level >= MAX_HANDLERS) {
        cu_unsupported(c, u->span, "try statements nested this deeply");
        return false;
    }
    if (!cu_grow(c, (void **)&u->handler_defs, u->handler_def_count, &u->handler_def_cap,
                 sizeof *u->handler_defs)) {
        return false;
    }
    u->handler_defs[u->handler_def_count] = (Handler){label, depth};
    u->handlers[u->handler_level++] = (int32_t)u->handler_def_count++;
    return true;
}

void cu_pop_handler(Compiler *c) {
    c->u->handler_level--;
}

bool cu_push_fblock(Compiler *c, FBlock fb) {
    Unit *u = c->u;
    if (u->fblock_count >= MAX_FBLOCKS) {
        c->failed = true;
        if (!diag_add(c->dl, DIAG_PHASE_COMPILE, u->span, "syntax-error", "SyntaxError",
                      "too many statically nested blocks")) {
            c->oom = true;
        }
        return false;
    }
    fb.handler_level = u->handler_level;
    u->fblocks[u->fblock_count++] = fb;
    return true;
}

void cu_pop_fblock(Compiler *c) {
    c->u->fblock_count--;
}

// ---- constants and names ----

Obj *cu_str(Compiler *c, const char *s, size_t len) {
    void *mem = cu_alloc(c, str_static_size(len));
    return mem ? str_init_static(mem, s, len) : NULL;
}

static bool const_same(Value a, Value b) {
    if (a.tag != b.tag) return false;
    switch ((ValueTag)a.tag) {
    case VAL_INT: return a.as.i == b.as.i;
    case VAL_FLOAT: return memcmp(&a.as.f, &b.as.f, sizeof a.as.f) == 0;
    case VAL_BOOL: return a.as.b == b.as.b;
    case VAL_OBJ:
        if (a.as.obj == b.as.obj) return true;
        if (is_complex(a) && is_complex(b)) {
            Complex x = as_complex(a), y = as_complex(b);
            return memcmp(&x, &y, sizeof x) == 0;  // so 1j is 1j, as in CPython
        }
        return is_str(a) && is_str(b) && str_equal(as_str(a), as_str(b));
    default: return true;
    }
}

static uint64_t mix64(uint64_t h) {
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdu;
    h ^= h >> 33;
    return h;
}

static uint64_t const_hash(Value v) {
    switch ((ValueTag)v.tag) {
    case VAL_INT: return mix64((uint64_t)v.as.i);
    case VAL_FLOAT: {
        uint64_t bits;
        memcpy(&bits, &v.as.f, sizeof bits);
        return mix64(bits ^ 1);
    }
    case VAL_OBJ:
        if (is_complex(v)) {
            uint64_t bits;
            double imag = as_complex(v).imag;  // literals have no real part
            memcpy(&bits, &imag, sizeof bits);
            return mix64(bits ^ 2);
        }
        return is_str(v) ? (uint64_t)str_hash(as_str(v)) : mix64((uintptr_t)v.as.obj);
    default: return v.tag;
    }
}

// Open-addressing index over an array: slots hold entry index + 1. Rebuilt when half full.
typedef uint64_t (*KeyHash)(const void *entries, uint32_t i);

static bool index_rebuild(Compiler *c, uint32_t **slots, uint32_t *cap, uint32_t count,
                          const void *entries, KeyHash hash) {
    uint32_t n = *cap ? *cap * 2 : 64;
    uint32_t *fresh = cu_alloc(c, n * sizeof *fresh);
    if (!fresh) return false;
    for (uint32_t i = 0; i < count; i++) {
        uint32_t k = (uint32_t)hash(entries, i) & (n - 1);
        while (fresh[k]) k = (k + 1) & (n - 1);
        fresh[k] = i + 1;
    }
    *slots = fresh;
    *cap = n;
    return true;
}

static uint64_t const_entry_hash(const void *entries, uint32_t i) {
    return const_hash(((const Value *)entries)[i]);
}

static uint64_t name_entry_hash(const void *entries, uint32_t i) {
    return mix64((uintptr_t)((const AstIdent *)entries)[i]);
}

uint32_t cu_const(Compiler *c, Value v) {
    Unit *u = c->u;
    uint64_t h = const_hash(v);
    uint32_t k = 0;
    if (u->const_slot_cap) {
        for (k = (uint32_t)h & (u->const_slot_cap - 1); u->const_slots[k];
             k = (k + 1) & (u->const_slot_cap - 1)) {
            if (const_same(u->consts[u->const_slots[k] - 1], v)) return u->const_slots[k] - 1;
        }
    }
    if (!cu_grow(c, (void **)&u->consts, u->const_count, &u->const_cap, sizeof *u->consts)) return 0;
    u->consts[u->const_count++] = v;
    if (u->const_count * 2 > u->const_slot_cap) {
        if (!index_rebuild(c, &u->const_slots, &u->const_slot_cap, u->const_count, u->consts,
                           const_entry_hash)) {
            return 0;
        }
    } else {
        u->const_slots[k] = u->const_count;
    }
    return u->const_count - 1;
}

void cu_load_const(Compiler *c, Value v) {
    if (v.tag == VAL_NONE) {
        cu_emit(c, OP_LOAD_NONE, 0);
    } else if (v.tag == VAL_INT && v.as.i > -(int64_t)SMALL_INT_BIAS &&
               v.as.i < (int64_t)SMALL_INT_BIAS) {
        cu_emit(c, OP_LOAD_SMALL_INT, (uint32_t)(v.as.i + SMALL_INT_BIAS));
    } else {
        cu_emit(c, OP_LOAD_CONST, cu_const(c, v));
    }
}

uint32_t cu_name(Compiler *c, AstIdent name) {
    Unit *u = c->u;
    uint32_t k = 0;
    if (u->name_slot_cap) {
        for (k = (uint32_t)mix64((uintptr_t)name) & (u->name_slot_cap - 1); u->name_slots[k];
             k = (k + 1) & (u->name_slot_cap - 1)) {
            if (u->names[u->name_slots[k] - 1] == name) return u->name_slots[k] - 1;
        }
    }
    if (!cu_grow(c, (void **)&u->names, u->name_count, &u->name_cap, sizeof *u->names)) return 0;
    u->names[u->name_count++] = name;
    if (u->name_count * 2 > u->name_slot_cap) {
        if (!index_rebuild(c, &u->name_slots, &u->name_slot_cap, u->name_count, u->names,
                           name_entry_hash)) {
            return 0;
        }
    } else {
        u->name_slots[k] = u->name_count;
    }
    return u->name_count - 1;
}

// Private names: inside a class, `__x` (not ending in "__") becomes `_Class__x` in attribute
// names and class namespaces, as CPython's compiler mangles them.
static AstIdent cu_mangle(Compiler *c, AstIdent name) {
    size_t n = strlen(name);
    if (n < 3 || name[0] != '_' || name[1] != '_' || (name[n - 1] == '_' && name[n - 2] == '_') ||
        strchr(name, '.')) {
        return name;
    }
    const Unit *u = c->u;
    while (u && u->scope->kind != SCOPE_CLASS) u = u->parent;
    if (!u) return name;
    const char *cls = u->name;
    while (*cls == '_') cls++;
    if (!*cls) return name;
    size_t len = 1 + strlen(cls) + n + 1;
    char *m = cu_alloc(c, len);
    if (!m) return name;
    snprintf(m, len, "_%s%s", cls, name);
    return m;
}

uint32_t cu_attr(Compiler *c, AstIdent name) {
    return cu_name(c, cu_mangle(c, name));
}

// A written `__class__` is the symbol table's one __class__ name.
static AstIdent cu_canonical_name(AstIdent name) {
    return strcmp(name, SYMTABLE_CLASS_CELL) == 0 ? SYMTABLE_CLASS_CELL : name;
}

void cu_load_name(Compiler *c, AstIdent name) {
    name = cu_canonical_name(name);
    NameRef ref = symtable_resolve(c->u->scope, name);
    switch (ref.kind) {
    case NAME_FAST: cu_emit(c, OP_LOAD_FAST, ref.index); break;
    case NAME_DEREF: cu_emit(c, OP_LOAD_DEREF, ref.index); break;
    case NAME_GLOBAL: cu_emit(c, OP_LOAD_GLOBAL, cu_name(c, name)); break;
    case NAME_CLASS: cu_emit(c, OP_LOAD_NAME, cu_attr(c, name)); break;
    case NAME_CLASS_DEREF: cu_emit(c, OP_LOAD_CLASSDEREF, ref.index); break;
    }
}

void cu_store_name(Compiler *c, AstIdent name) {
    name = cu_canonical_name(name);
    NameRef ref = symtable_resolve(c->u->scope, name);
    switch (ref.kind) {
    case NAME_FAST: cu_emit(c, OP_STORE_FAST, ref.index); break;
    case NAME_DEREF:
    case NAME_CLASS_DEREF: cu_emit(c, OP_STORE_DEREF, ref.index); break;
    case NAME_GLOBAL: cu_emit(c, OP_STORE_GLOBAL, cu_name(c, name)); break;
    case NAME_CLASS: cu_emit(c, OP_STORE_NAME, cu_attr(c, name)); break;
    }
}

void cu_delete_name(Compiler *c, AstIdent name) {
    name = cu_canonical_name(name);
    NameRef ref = symtable_resolve(c->u->scope, name);
    switch (ref.kind) {
    case NAME_FAST: cu_emit(c, OP_DELETE_FAST, ref.index); break;
    case NAME_DEREF:
    case NAME_CLASS_DEREF: cu_emit(c, OP_DELETE_DEREF, ref.index); break;
    case NAME_GLOBAL: cu_emit(c, OP_DELETE_GLOBAL, cu_name(c, name)); break;
    case NAME_CLASS: cu_emit(c, OP_DELETE_NAME, cu_attr(c, name)); break;
    }
}

Scope *cu_child_scope(Compiler *c, const void *node) {
    // the child scope made for `node` (a def, lambda or comprehension) in the current scope;
    // found by node because compile order need not follow the symtable walk's order
    const Scope *s = c->u->scope;
    for (uint32_t k = 0; k < s->child_count; k++) {
        if (s->children[k]->node == node) return s->children[k];
    }
    return NULL;
}

// ---- assembly ----

// Max stack depth by flow analysis over the final instructions.
static uint32_t cu_stack_size(Compiler *c, const Unit *u, const uint32_t *insns) {
    int32_t *depth_at = cu_alloc(c, (size_t)(u->count + 1) * sizeof *depth_at);
    uint32_t *work = cu_alloc(c, (size_t)(u->count + 1) * sizeof *work);
    bool *queued = cu_alloc(c, (size_t)(u->count + 1) * sizeof *queued);
    if (!depth_at || !work || !queued) return 0;
    for (uint32_t k = 0; k <= u->count; k++) depth_at[k] = -1;
    uint32_t nwork = 0, max = 0;
    depth_at[0] = 0;
    queued[0] = true;
    work[nwork++] = 0;
#define VISIT(target, d)                                                        \
    do {                                                                        \
        uint32_t t_ = (target);                                                 \
        int d_ = (d);                                                           \
        if (t_ <= u->count && d_ >= 0 && depth_at[t_] < d_) {                   \
            depth_at[t_] = d_;                                                  \
            if (!queued[t_]) {                                                  \
                queued[t_] = true;                                              \
                work[nwork++] = t_;                                             \
            }                                                                   \
        }                                                                       \
    } while (0)
    while (nwork) {
        uint32_t i = work[--nwork];
        queued[i] = false;
        if (i >= u->count) continue;
        int d = depth_at[i];
        Opcode op = insn_op(insns[i]);
        uint32_t a = insn_arg(insns[i]);
        int after = d + stack_effect(op, a);
        if (after > (int)max) max = (uint32_t)after;
        if (d + 1 > (int)max) max = (uint32_t)d + 1;
        int32_t h = u->insn_handler[i];
        if (h >= 0) {
            const Handler *hd = &u->handler_defs[h];
            VISIT(u->labels[hd->label], (int)hd->depth + 1);
        }
        switch (op) {
        case OP_JUMP: VISIT(a, d); break;
        case OP_POP_JUMP_IF_FALSE:
        case OP_POP_JUMP_IF_TRUE: VISIT(a, d - 1); VISIT(i + 1, d - 1); break;
        case OP_JUMP_IF_FALSE_OR_POP:
        case OP_JUMP_IF_TRUE_OR_POP: VISIT(a, d); VISIT(i + 1, d - 1); break;
        case OP_FOR_ITER: VISIT(a, d - 1); VISIT(i + 1, d + 1); break;
        case OP_SEND: VISIT(a, d - 1); VISIT(i + 1, d); break;
        case OP_RETURN_VALUE:
        case OP_RAISE:
        case OP_RERAISE:
        case OP_RAISE_ASSERT: break;
        default: VISIT(i + 1, after); break;
        }
    }
#undef VISIT
    return max + 1;
}

// Runs of instructions sharing a handler become the exception table.
static ExcEntry *cu_exc_table(Compiler *c, const Unit *u, uint32_t *count) {
    uint32_t n = 0;
    for (uint32_t k = 0; k < u->count; k++) {
        if (u->insn_handler[k] >= 0 && (k == 0 || u->insn_handler[k - 1] != u->insn_handler[k])) n++;
    }
    ExcEntry *t = cu_array(c, n, sizeof *t);
    if (!t) return NULL;
    n = 0;
    for (uint32_t k = 0; k < u->count; k++) {
        int32_t h = u->insn_handler[k];
        if (h < 0) continue;
        if (k == 0 || u->insn_handler[k - 1] != h) {
            const Handler *hd = &u->handler_defs[h];
            t[n++] = (ExcEntry){k, k + 1, u->labels[hd->label], hd->depth};
        } else {
            t[n - 1].end = k + 1;
        }
    }
    *count = n;
    return t;
}

static Obj **cu_str_array(Compiler *c, const AstIdent *names, uint32_t n) {
    Obj **out = cu_array(c, n, sizeof *out);
    if (!out) return NULL;
    for (uint32_t k = 0; k < n; k++) out[k] = cu_str(c, names[k], strlen(names[k]));
    return out;
}

static const Code *cu_assemble(Compiler *c, const Unit *u, uint32_t flags, uint32_t first_line) {
    Code *code = cu_alloc(c, sizeof *code);
    uint32_t *insns = cu_array(c, u->count, sizeof *insns);
    if (!code || !insns) return NULL;
    for (uint32_t k = 0; k < u->count; k++) {
        uint32_t insn = u->insns[k];
        Opcode op = insn_op(insn);
        // jumps carry labels until now
        insns[k] = is_jump(op) ? insn_make(op, u->labels[insn_arg(insn)]) : insn;
    }
    const Scope *s = u->scope;
    code->base.type = &type_code;
    code->base.flags = OBJ_STATIC;
    code->insns = insns;
    code->insn_count = u->count;
    code->pos = u->pos;
    code->consts = u->consts;
    code->const_count = u->const_count;
    code->names = cu_str_array(c, u->names, u->name_count);
    code->name_count = u->name_count;
    // builtins are resolved once here, so a global lookup that misses needs no search
    Value *nb = cu_array(c, u->name_count, sizeof *nb);
    if (!nb || !code->names) return NULL;
    for (uint32_t k = 0; k < u->name_count; k++) {
        if (!builtins_lookup((const ObjStr *)code->names[k], &nb[k])) nb[k] = v_undef();
    }
    code->name_builtins = nb;
    code->varnames = cu_str_array(c, s->varnames, s->local_count);
    code->local_count = s->local_count;
    code->cellnames = cu_str_array(c, s->cellnames, s->cell_count);
    code->cell_count = s->cell_count;
    code->freenames = cu_str_array(c, s->freenames, s->free_count);
    code->free_count = s->free_count;
    uint32_t *cell_local = cu_array(c, s->cell_count, sizeof *cell_local);
    if (!cell_local) return NULL;
    for (uint32_t k = 0; k < s->cell_count; k++) {
        cell_local[k] = UINT32_MAX;
        for (uint32_t j = 0; j < s->local_count; j++) {
            if (s->varnames[j] == s->cellnames[k]) cell_local[k] = j;
        }
    }
    code->cell_local = cell_local;
    code->flags = flags;
    code->stack_size = cu_stack_size(c, u, insns);
    code->exc_table = cu_exc_table(c, u, &code->exc_count);
    code->name = cu_str(c, u->name, strlen(u->name));
    code->qualname = cu_str(c, u->qualname, strlen(u->qualname));
    code->first_line = first_line;
    code->doc = v_none();
    return c->oom ? NULL : code;
}

static void cu_unit_enter(Compiler *c, Unit *u, Scope *scope, AstIdent name) {
    memset(u, 0, offsetof(Unit, handlers));
    u->parent = c->u;
    u->scope = scope;
    u->name = name;
    u->qualname = name;
    const Unit *outer = c->u;  // type parameters' scopes do not show in qualified names
    while (outer && outer->scope->kind == SCOPE_ANNOTATION) outer = outer->parent;
    if (outer && outer->scope->kind != SCOPE_MODULE) {
        // f.<locals>.g, and C.m for what a class body defines
        const char *sep = outer->scope->kind == SCOPE_CLASS ? "." : ".<locals>.";
        size_t n = strlen(outer->qualname) + strlen(sep) + strlen(name) + 1;
        char *q = cu_alloc(c, n);
        if (q) {
            snprintf(q, n, "%s%s%s", outer->qualname, sep, name);
            u->qualname = q;
        }
    }
    c->u = u;
}

// Docstrings are stored cleaned as CPython 3.13+ does: the first line's leading spaces and
// the common indentation of the other lines removed (whitespace-only lines become empty);
// nothing else changes. (Tabs in docstrings are left as they are.)
static Obj *cu_docstring(Compiler *c, const char *s, size_t len) {
    char *out = cu_alloc(c, len + 1);
    if (!out) return NULL;
    size_t margin = SIZE_MAX;
    const char *nl = memchr(s, '\n', len);
    for (const char *p = nl ? nl + 1 : s + len; p < s + len;) {
        const char *e = memchr(p, '\n', (size_t)(s + len - p));
        if (!e) e = s + len;
        size_t k = 0;
        while (p + k < e && p[k] == ' ') k++;
        if (p + k < e && k < margin) margin = k;
        p = e < s + len ? e + 1 : e;
    }
    size_t n = 0;
    const char *p = s;
    while (p < s + len && *p == ' ') p++;
    for (bool first = true;; first = false) {
        const char *e = memchr(p, '\n', (size_t)(s + len - p));
        if (!e) e = s + len;
        const char *b = p;
        if (!first) {
            size_t k = 0;
            while (b + k < e && b[k] == ' ') k++;
            b = b + k == e ? e : b + (k < margin ? k : margin);
        }
        memcpy(out + n, b, (size_t)(e - b));
        n += (size_t)(e - b);
        if (e == s + len) break;
        out[n++] = '\n';
        p = e + 1;
    }
    return cu_str(c, out, n);
}

static const AstStmt *cu_docstring_stmt(AstStmtList body);

static void cu_set_params(Code *code, const AstArguments *a) {
    if (!a) return;
    code->argcount = a->arg_count;
    code->posonlycount = a->posonly_count;
    code->kwonlycount = a->kwonly_count;
    if (a->vararg) code->flags |= CODE_VARARGS;
    if (a->kwarg) code->flags |= CODE_VARKEYWORDS;
}

const Code *cu_compile_function(Compiler *c, Scope *scope, AstIdent name, const AstArguments *args,
                                AstStmtList body, const AstExpr *lambda_body, const AstExpr *genexp,
                                uint32_t first_line) {
    Unit u;
    Span saved = c->u->span;
    cu_unit_enter(c, &u, scope, name);
    u.span = saved;
    if (genexp) {
        compile_genexp_body(c, genexp);
    } else if (lambda_body) {
        u.span = lambda_body->span;
        compile_expr(c, lambda_body);
        cu_emit(c, OP_RETURN_VALUE, 0);
    } else {
        compile_stmts(c, body);
        // falling off the end returns None; the span is the last line's, as in CPython
        cu_emit(c, OP_LOAD_NONE, 0);
        cu_emit(c, OP_RETURN_VALUE, 0);
    }
    uint32_t flags = 0;
    if (scope->is_generator) flags |= CODE_GENERATOR;
    if (scope->is_coroutine) flags |= CODE_COROUTINE;
    Code *code = (Code *)cu_assemble(c, &u, flags, first_line);
    if (code) {
        cu_set_params(code, args);
        if (genexp) code->argcount = 1;
        // a leading string literal is the docstring
        const AstStmt *first = cu_docstring_stmt(body);
        if (first) {
            Obj *doc = cu_docstring(c, first->value->constant.str, first->value->constant.len);
            if (doc) code->doc = v_obj(doc);
        }
    }
    c->u = u.parent;
    return code;
}

static const AstStmt *cu_docstring_stmt(AstStmtList body) {
    const AstStmt *first = body.count ? body.items[0] : NULL;
    if (first && first->kind == AST_EXPR && first->value->kind == AST_CONST &&
        first->value->constant.kind == AST_CONST_STR) {
        return first;
    }
    return NULL;
}

static void cu_store_const_name(Compiler *c, Obj *value, const char *name) {
    if (!value) return;
    cu_load_const(c, v_obj(value));
    cu_emit(c, OP_STORE_NAME, cu_name(c, name));
}

// What an annotation in a class body declares, for dataclasses: a field (0), a ClassVar (1),
// an InitVar (2), or the KW_ONLY marker (3); for TypedDict: a Required (4) or NotRequired (5)
// key. typing.ClassVar[int] and ClassVar both count; TypedDict sees through Annotated[...].
static int64_t cu_annotation_kind(const AstExpr *a) {
    const AstExpr *args = a && a->kind == AST_SUBSCRIPT ? a->subscript.slice : NULL;
    if (a && a->kind == AST_SUBSCRIPT) a = a->subscript.value;
    const char *n = !a ? NULL : a->kind == AST_NAME ? a->name
                              : a->kind == AST_ATTRIBUTE ? a->attribute.attr : NULL;
    if (!n) return 0;
    if (strcmp(n, "Annotated") == 0 && args && args->kind == AST_TUPLE && args->elts.count) {
        int64_t inner = cu_annotation_kind(args->elts.items[0]);
        return inner == 4 || inner == 5 ? inner : 0;
    }
    if (strcmp(n, "ClassVar") == 0) return 1;
    if (strcmp(n, "InitVar") == 0) return 2;
    if (strcmp(n, "Required") == 0) return 4;
    if (strcmp(n, "NotRequired") == 0) return 5;
    return strcmp(n, "KW_ONLY") == 0 ? 3 : 0;
}

// The names a class body annotates (`x: int`), in order, as a tuple of (name, kind, thunk)
// stored under ".fields" (no Python code can spell it); __build_class__ moves it into the
// class, where dataclasses finds it. The thunk evaluates the annotation when called (PEP 649:
// never at class creation); it is None when the annotation has no scope of its own.
static void cu_class_fields(Compiler *c, AstStmtList body) {
    uint32_t n = 0;
    for (uint32_t k = 0; k < body.count; k++) {
        const AstStmt *s = body.items[k];
        if (s->kind != AST_ANNASSIGN || !s->annassign.simple || s->annassign.target->kind != AST_NAME) continue;
        const char *name = s->annassign.target->name;
        cu_load_const(c, v_obj(cu_str(c, name, strlen(name))));
        cu_load_const(c, v_int(cu_annotation_kind(s->annassign.annotation)));
        Scope *scope = cu_child_scope(c, &s->annassign.annotation);
        // named as CPython's frame that evaluates a class's annotations
        const Code *thunk = scope ? cu_compile_thunk(c, scope, "__annotate__", s->annassign.annotation) : NULL;
        if (thunk) compile_function_object(c, thunk, scope, NULL, s->span);
        else cu_emit(c, OP_LOAD_NONE, 0);
        cu_emit(c, OP_BUILD_TUPLE, 3);
        n++;
    }
    if (!n) return;
    cu_emit(c, OP_BUILD_TUPLE, n);
    cu_emit(c, OP_STORE_NAME, cu_name(c, ".fields"));
}

// A class body: a function of the namespace dict that sets __module__, __qualname__ and
// __doc__, runs the body, and returns the __class__ cell (for super()) or None.
const Code *cu_compile_class_body(Compiler *c, Scope *scope, const AstStmt *s) {
    Unit u;
    Span saved = c->u->span;
    cu_unit_enter(c, &u, scope, s->classdef.name);
    u.span = saved;
    cu_store_const_name(c, cu_str(c, "__main__", 8), "__module__");
    cu_store_const_name(c, cu_str(c, u.qualname, strlen(u.qualname)), "__qualname__");
    const AstStmt *doc = cu_docstring_stmt(s->classdef.body);
    if (doc) {
        cu_store_const_name(c, cu_docstring(c, doc->value->constant.str, doc->value->constant.len),
                            "__doc__");
    }
    cu_class_fields(c, s->classdef.body);
    compile_stmts(c, s->classdef.body);
    NameRef cell = symtable_resolve(scope, SYMTABLE_CLASS_CELL);
    if (cell.kind == NAME_DEREF) cu_emit(c, OP_LOAD_CLOSURE, cell.index);
    else cu_emit(c, OP_LOAD_NONE, 0);
    cu_emit(c, OP_RETURN_VALUE, 0);
    Code *code = (Code *)cu_assemble(c, &u, 0, s->span.line);
    if (code) code->argcount = 1;
    c->u = u.parent;
    return code;
}

static void cu_annotation(Compiler *c, AstIdent name, const AstExpr *annotation, uint32_t *n) {
    if (!annotation) return;
    cu_load_const(c, v_obj(cu_str(c, name, strlen(name))));
    compile_expr(c, annotation);
    ++*n;
}

// A def's __annotate__ (PEP 649): returns {parameter: annotation, ..., 'return': annotation},
// the parameters in order, evaluated only when __annotations__ is first read.
const Code *cu_compile_annotate(Compiler *c, Scope *scope, const AstStmt *def) {
    Unit u;
    Span saved = c->u->span;
    cu_unit_enter(c, &u, scope, "__annotate__");
    u.span = saved;
    const AstArguments *a = def->funcdef.args;
    uint32_t n = 0;
    for (uint32_t k = 0; a && k < a->arg_count; k++) cu_annotation(c, a->args[k].name, a->args[k].annotation, &n);
    if (a && a->vararg) cu_annotation(c, a->vararg->name, a->vararg->annotation, &n);
    for (uint32_t k = 0; a && k < a->kwonly_count; k++) cu_annotation(c, a->kwonly[k].name, a->kwonly[k].annotation, &n);
    if (a && a->kwarg) cu_annotation(c, a->kwarg->name, a->kwarg->annotation, &n);
    cu_annotation(c, "return", def->funcdef.returns, &n);
    cu_emit(c, OP_BUILD_MAP, n);
    cu_emit(c, OP_RETURN_VALUE, 0);
    Code *code = (Code *)cu_assemble(c, &u, 0, def->span.line);
    c->u = u.parent;
    return code;
}

// The code of a generic statement's type parameters scope (PEP 695): binds each parameter
// to a new TypeVar (ParamSpec, TypeVarTuple), then leaves what `body` makes as its result.
const Code *cu_compile_type_params(Compiler *c, Scope *scope, const AstTypeParams *tp,
                                   void (*body)(Compiler *c, const AstStmt *s), const AstStmt *s) {
    Unit u;
    Span saved = c->u->span;
    cu_unit_enter(c, &u, scope, "<generic parameters>");
    u.span = saved;
    for (uint32_t k = 0; k < tp->count; k++) {
        const AstTypeParam *p = &tp->items[k];
        cu_load_const(c, v_obj(cu_str(c, p->name, strlen(p->name))));
        if (p->bound) compile_expr(c, p->bound);
        cu_emit(c, OP_TYPE_PARAM, p->kind | (p->bound ? 4u : 0u));
        cu_store_name(c, p->name);
    }
    body(c, s);
    cu_emit(c, OP_RETURN_VALUE, 0);
    Code *code = (Code *)cu_assemble(c, &u, 0, s->span.line);
    c->u = u.parent;
    return code;
}

// A function of no parameters returning `value` (a type alias's value), named `name`.
const Code *cu_compile_thunk(Compiler *c, Scope *scope, AstIdent name, const AstExpr *value) {
    Unit u;
    Span saved = c->u->span;
    cu_unit_enter(c, &u, scope, name);
    u.span = saved;
    compile_expr(c, value);
    cu_emit(c, OP_RETURN_VALUE, 0);
    Code *code = (Code *)cu_assemble(c, &u, 0, value->span.line);
    c->u = u.parent;
    return code;
}

CompiledModule *compile_module(Arena *arena, const AstModule *m, const char *filename,
                               DiagList *dl) {
    Compiler c = {.arena = arena, .dl = dl, .filename = filename};
    CompiledModule *cm = cu_alloc(&c, sizeof *cm);
    Scope *scope = symtable_build(arena, m);
    if (!cm || !scope) return NULL;
    Unit u;
    cu_unit_enter(&c, &u, scope, "<module>");
    // __doc__: the module's docstring (the run starts with __name__ and __doc__ None)
    const AstStmt *doc = cu_docstring_stmt(m->body);
    Obj *text = doc ? cu_docstring(&c, doc->value->constant.str, doc->value->constant.len) : NULL;
    if (text) {
        cu_load_const(&c, v_obj(text));
        cu_emit(&c, OP_STORE_GLOBAL, cu_name(&c, "__doc__"));
    }
    // the value of a final expression statement is the script's result
    AstStmtList body = m->body;
    const AstStmt *last = body.count ? body.items[body.count - 1] : NULL;
    bool result = last && last->kind == AST_EXPR;
    if (result) body.count--;
    compile_stmts(&c, body);
    if (result) {
        u.span = last->span;
        compile_expr(&c, last->value);
    } else {
        cu_emit(&c, OP_LOAD_NONE, 0);
    }
    cu_emit(&c, OP_RETURN_VALUE, 0);
    cm->code = cu_assemble(&c, &u, CODE_MODULE | (scope->is_coroutine ? CODE_COROUTINE : 0), 1);
    return c.oom || c.failed ? NULL : cm;
}
