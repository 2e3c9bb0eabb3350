// re's matcher: a backtracking machine over an ReProg. Choices wait on an explicit stack on
// the run's memory, with the capture slots they overwrote, so nothing recurses; every step
// counts against the run's instruction limit, and the clock is read every RE_CLOCK_EVERY.
#include <string.h>

#include "interp/mem.h"
#include "interp/obj_str_char.h"
#include "interp/re_internal.h"

enum { RE_CLOCK_EVERY = 1 << 12 };

typedef enum BtKind { BT_BRANCH, BT_RESTORE, BT_LOOK, BT_ATOMIC } BtKind;

typedef struct BtEntry {
    int32_t kind;  // BtKind
    int32_t at;    // BT_BRANCH: pc to resume; BT_RESTORE: the slot; BT_LOOK/BT_ATOMIC: its pc
    int64_t pos;   // position to resume at; BT_RESTORE: the slot's old value
} BtEntry;

typedef struct Matcher {
    Run *r;
    const ReProg *prog;
    ReSubject subj;
    int64_t *slots;
    BtEntry *stack;
    size_t sp, cap;
    uint32_t budget;  // steps left before the limits are looked at
} Matcher;

bool re_cat_has(ReCat cat, uint32_t c, bool ascii) {
    bool yes;
    switch (cat) {
    case RE_CAT_DIGIT:
    case RE_CAT_NOT_DIGIT:
        yes = ascii || c < 0x80 ? (c >= '0' && c <= '9') : str_char_isdecimal(c);
        return cat == RE_CAT_DIGIT ? yes : !yes;
    case RE_CAT_WORD:
    case RE_CAT_NOT_WORD:
        if (ascii || c < 0x80) {
            yes = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        } else {
            yes = str_char_isalnum(c);
        }
        return cat == RE_CAT_WORD ? yes : !yes;
    case RE_CAT_SPACE:
    case RE_CAT_NOT_SPACE:
        if (ascii || c < 0x80) {
            yes = c == ' ' || (c >= '\t' && c <= '\r') || (!ascii && c >= 0x1c && c <= 0x1f);
        } else {
            yes = str_char_isspace(c);
        }
        return cat == RE_CAT_SPACE ? yes : !yes;
    }
    return false;
}

uint32_t re_lower(uint32_t c, bool ascii) {
    if (c < 0x80) return c >= 'A' && c <= 'Z' ? c + 32 : c;
    if (ascii) return c;
    uint32_t out[STR_CHAR_CASE_MAX];
    return str_char_lower(c, out) == 1 ? out[0] : c;
}

uint32_t re_upper(uint32_t c, bool ascii) {
    if (c < 0x80) return c >= 'a' && c <= 'z' ? c - 32 : c;
    if (ascii) return c;
    uint32_t out[STR_CHAR_CASE_MAX];
    return str_char_upper(c, out) == 1 ? out[0] : c;
}

static bool class_has_exact(const ReProg *prog, const ReInsn *in, uint32_t c) {
    bool ascii = in->flags & RE_FLAG_ASCII;
    for (int32_t k = 0; k < in->b; k++) {
        ReRange rg = prog->ranges[in->a + k];
        if (rg.lo >= RE_CAT_BASE) {
            if (re_cat_has((ReCat)(rg.lo - RE_CAT_BASE), c, ascii)) return true;
        } else if (c >= rg.lo && c <= rg.hi) {
            return true;
        }
    }
    return false;
}

static bool class_has(const ReProg *prog, const ReInsn *in, uint32_t c) {
    bool yes = class_has_exact(prog, in, c);
    if (!yes && (in->flags & RE_FLAG_IGNORECASE)) {
        bool ascii = in->flags & RE_FLAG_ASCII;
        uint32_t lo = re_lower(c, ascii), up = re_upper(c, ascii);
        yes = (lo != c && class_has_exact(prog, in, lo)) || (up != c && class_has_exact(prog, in, up));
    }
    return (in->flags & RE_NEGATE) ? !yes : yes;
}

static bool char_eq(const ReInsn *in, uint32_t c) {
    if (c == (uint32_t)in->a) return true;
    if (!(in->flags & RE_FLAG_IGNORECASE)) return false;
    bool ascii = in->flags & RE_FLAG_ASCII;
    return re_lower(c, ascii) == (uint32_t)in->a || re_upper(c, ascii) == (uint32_t)in->b;
}

static bool is_word_at(const Matcher *m, int64_t pos, bool ascii) {
    return pos >= 0 && (size_t)pos < m->subj.end && re_cat_has(RE_CAT_WORD, re_subject_at(&m->subj, (size_t)pos), ascii);
}

static bool assert_holds(const Matcher *m, const ReInsn *in, int64_t pos) {
    size_t end = m->subj.end;
    bool multi = in->flags & RE_FLAG_MULTILINE, ascii = in->flags & RE_FLAG_ASCII;
    switch ((ReAssert)in->a) {
    case RE_AT_BEGIN: return pos == 0 || (multi && re_subject_at(&m->subj, (size_t)pos - 1) == '\n');
    case RE_AT_END:
        if ((size_t)pos == end) return true;
        uint32_t c = re_subject_at(&m->subj, (size_t)pos);
        if (multi) return c == '\n';
        return (size_t)pos + 1 == end && c == '\n';
    case RE_AT_BEGIN_STR: return pos == 0;
    case RE_AT_END_STR: return (size_t)pos == end;
    case RE_AT_BOUNDARY:
    case RE_AT_NON_BOUNDARY: {
        bool b = is_word_at(m, pos - 1, ascii) != is_word_at(m, pos, ascii);
        if (end == 0) b = false;
        return in->a == RE_AT_BOUNDARY ? b : !b;
    }
    }
    return false;
}

static bool backref_at(const Matcher *m, const ReInsn *in, int64_t *pos) {
    int64_t start = m->slots[2 * in->a], stop = m->slots[2 * in->a + 1];
    if (start < 0 || stop < 0) return false;
    int64_t len = stop - start;
    if ((size_t)(*pos + len) > m->subj.end) return false;
    bool icase = in->flags & RE_FLAG_IGNORECASE, ascii = in->flags & RE_FLAG_ASCII;
    for (int64_t k = 0; k < len; k++) {
        uint32_t a = re_subject_at(&m->subj, (size_t)(start + k)), b = re_subject_at(&m->subj, (size_t)(*pos + k));
        if (a != b && !(icase && re_lower(a, ascii) == re_lower(b, ascii))) return false;
    }
    *pos += len;
    return true;
}

static bool push(Matcher *m, BtKind kind, int32_t at, int64_t pos) {
    if (m->sp == m->cap) {
        size_t cap = m->cap ? m->cap * 2 : 64;
        BtEntry *grown = mem_realloc(m->r, m->stack, m->cap * sizeof(BtEntry), cap * sizeof(BtEntry));
        if (!grown) return false;
        m->stack = grown;
        m->cap = cap;
    }
    m->stack[m->sp++] = (BtEntry){(int32_t)kind, at, pos};
    return true;
}

static bool set_slot(Matcher *m, uint32_t slot, int64_t v) {
    if (!push(m, BT_RESTORE, (int32_t)slot, m->slots[slot])) return false;
    m->slots[slot] = v;
    return true;
}

// The innermost look-around or atomic group still open: the last barrier on the stack.
static size_t barrier(const Matcher *m) {
    size_t k = m->sp;
    while (k > 0 && m->stack[k - 1].kind != BT_LOOK && m->stack[k - 1].kind != BT_ATOMIC) k--;
    return k - 1;
}

// Drops the choices above barrier b (and b itself), keeping the slot restores so that a
// later failure still undoes the captures made inside.
static void cut_keep_restores(Matcher *m, size_t b) {
    size_t w = b;
    for (size_t k = b + 1; k < m->sp; k++) {
        if (m->stack[k].kind == BT_RESTORE) m->stack[w++] = m->stack[k];
    }
    m->sp = w;
}

// Drops everything above barrier b (and b), undoing the captures made inside.
static void cut_undo(Matcher *m, size_t b) {
    for (size_t k = m->sp; k > b + 1; k--) {
        if (m->stack[k - 1].kind == BT_RESTORE) m->slots[m->stack[k - 1].at] = m->stack[k - 1].pos;
    }
    m->sp = b;
}

// guard: every step is an instruction of the run's budget; the clock is read now and then
static bool charge(Matcher *m) {
    Run *r = m->r;
    r->instructions += RE_CLOCK_EVERY;
    m->budget = RE_CLOCK_EVERY;
    if (r->max_instructions && r->instructions >= r->max_instructions) {
        r->abort = ABORT_INSTRUCTIONS;
        return false;
    }
    return run_check_time(r);
}

// Charges `cost` steps at once: work a single step does in proportion to its size.
static bool spend(Matcher *m, uint32_t cost) {
    while (cost >= m->budget) {
        cost -= m->budget;
        if (!charge(m)) return false;
    }
    m->budget -= cost;
    return true;
}

typedef enum Outcome { OUT_MATCH, OUT_FAIL, OUT_LIMIT } Outcome;

// Runs the program from start: whether it matched, or a limit stopped it.
static Outcome run_at(Matcher *m, size_t start, int mode, bool must_advance) {
    const ReProg *prog = m->prog;
    const ReInsn *code = prog->code;
    const ReSubject *subj = &m->subj;
    int64_t end = (int64_t)m->subj.end;
    uint32_t groups_end = 2 * (prog->groups + 1);
    for (uint32_t k = 0; k < prog->nslots; k++) m->slots[k] = -1;
    m->sp = 0;
    int64_t pos = (int64_t)start;
    int32_t pc = 0;
    for (;;) {
        if (--m->budget == 0 && !charge(m)) return OUT_LIMIT;
        const ReInsn *in = &code[pc];
        switch ((enum ReOp)in->op) {
        case RE_CHAR:
            if (pos < end && char_eq(in, re_subject_at(subj, (size_t)pos))) {
                pos++;
                pc++;
                continue;
            }
            goto fail;
        case RE_ANY:
            if (pos < end && (re_subject_at(subj, (size_t)pos) != '\n' || (in->flags & RE_FLAG_DOTALL))) {
                pos++;
                pc++;
                continue;
            }
            goto fail;
        case RE_CLASS:
            if (pos < end && class_has(prog, in, re_subject_at(subj, (size_t)pos))) {
                pos++;
                pc++;
                continue;
            }
            goto fail;
        case RE_ASSERT:
            if (!assert_holds(m, in, pos)) goto fail;
            pc++;
            continue;
        case RE_SPLIT:
            if (!push(m, BT_BRANCH, in->b, pos)) return OUT_LIMIT;
            pc = in->a;
            continue;
        case RE_JMP:
            pc = in->a;
            continue;
        case RE_SAVE:
            if (!set_slot(m, (uint32_t)in->a, pos)) return OUT_LIMIT;
            if ((in->a & 1) && in->a > 1 && (uint32_t)in->a < groups_end &&
                !set_slot(m, re_lastindex_slot(prog), in->a / 2)) {
                return OUT_LIMIT;
            }
            pc++;
            continue;
        case RE_PROGRESS:
            pc = m->slots[in->a] == pos ? in->b : pc + 1;
            continue;
        case RE_BACKREF:
            if (m->slots[2 * in->a + 1] > m->slots[2 * in->a] &&
                !spend(m, (uint32_t)((m->slots[2 * in->a + 1] - m->slots[2 * in->a]) / 16))) {
                return OUT_LIMIT;
            }
            if (!backref_at(m, in, &pos)) goto fail;
            pc++;
            continue;
        case RE_GROUPREF_EXISTS:
            pc = m->slots[2 * in->a] >= 0 && m->slots[2 * in->a + 1] >= 0 ? pc + 1 : in->b;
            continue;
        case RE_LOOK:
            if (in->flags & RE_BEHIND && pos < in->b) {
                if (!(in->flags & RE_NEGATE)) goto fail;
                pc = in->a;
                continue;
            }
            if (!push(m, BT_LOOK, pc, pos)) return OUT_LIMIT;
            if (in->flags & RE_BEHIND) pos -= in->b;
            pc++;
            continue;
        case RE_LOOK_END: {
            size_t b = barrier(m);
            const ReInsn *look = &code[m->stack[b].at];
            int64_t saved = m->stack[b].pos;
            if ((look->flags & RE_BEHIND) && pos != saved) goto fail;
            if (look->flags & RE_NEGATE) {
                cut_undo(m, b);
                goto fail;
            }
            cut_keep_restores(m, b);
            pos = saved;
            pc = look->a;
            continue;
        }
        case RE_ATOMIC:
            if (!push(m, BT_ATOMIC, pc, pos)) return OUT_LIMIT;
            pc++;
            continue;
        case RE_ATOMIC_END:
            cut_keep_restores(m, barrier(m));
            pc++;
            continue;
        case RE_MATCH:
            if (mode == RE_MODE_FULL && pos != end) goto fail;
            if (must_advance && pos == (int64_t)start) goto fail;
            return OUT_MATCH;
        }
    fail:
        for (;;) {
            if (m->sp == 0) return OUT_FAIL;
            BtEntry e = m->stack[--m->sp];
            if (e.kind == BT_BRANCH) {
                pc = e.at;
                pos = e.pos;
                break;
            }
            if (e.kind == BT_RESTORE) {
                m->slots[e.at] = e.pos;
            } else if (e.kind == BT_LOOK && (code[e.at].flags & RE_NEGATE)) {
                // the negative look-around's body failed: the assertion holds
                pc = code[e.at].a;
                pos = e.pos;
                break;
            }
        }
    }
}

// The first character every match starts with, when the program begins with a plain one.
static int64_t first_char(const ReProg *prog) {
    const ReInsn *in = &prog->code[1];
    if (in->op == RE_CHAR && !(in->flags & RE_FLAG_IGNORECASE)) return in->a;
    return -1;
}

bool re_exec(Run *r, const ReProg *prog, ReSubject subj, size_t pos, int mode, bool must_advance,
             int64_t *slots, bool *found) {
    Matcher m = {.r = r, .prog = prog, .subj = subj, .slots = slots, .budget = RE_CLOCK_EVERY};
    *found = false;
    Outcome o = OUT_FAIL;
    int64_t first = mode == RE_MODE_SEARCH ? first_char(prog) : -1;
    for (size_t start = pos; start <= subj.end; start++) {
        if (first >= 0) {
            while (start < subj.end && re_subject_at(&subj, start) != (uint32_t)first) start++;
            if (start == subj.end) break;
        }
        o = run_at(&m, start, mode, must_advance && start == pos);
        if (o != OUT_FAIL || mode != RE_MODE_SEARCH) break;
        // each start clears the slots again
        if (!spend(&m, 1 + prog->nslots / 16)) {
            o = OUT_LIMIT;
            break;
        }
    }
    r->instructions += RE_CLOCK_EVERY - m.budget;
    if (m.stack) mem_free(r, m.stack, m.cap * sizeof(BtEntry));
    *found = o == OUT_MATCH;
    return o != OUT_LIMIT;
}
