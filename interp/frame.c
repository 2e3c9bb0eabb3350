// Frames: pushing a call's frame with its arguments bound to parameters (CPython's binding
// rules and messages), and marking frames for the collector.
#include "interp/frame.h"

#include <stdio.h>
#include <string.h>

#include "interp/obj_dict.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/obj_func.h"
#include "interp/obj_str.h"
#include "interp/obj_tuple.h"
#include "interp/suggest.h"

void frame_mark(Run *r, const Frame *f) {
    gc_mark_obj(r, f->func);
    gc_mark_obj(r, f->globals);
    gc_mark_obj(r, f->gen);
    gc_mark_value(r, f->handling);
    gc_mark_obj(r, f->drain);
    gc_mark_obj(r, f->on_return);
}

bool frame_grow_stack(Run *r, size_t need) {
    size_t cap = r->stack_cap ? r->stack_cap : 64;
    while (cap < need) cap *= 2;
    Value *s = run_buffer_resize(r, r->stack, r->stack_inline, r->stack_cap * sizeof *s,
                                 cap * sizeof *s);
    if (!s) return false;
    for (size_t k = r->stack_cap; k < cap; k++) s[k] = v_undef();
    r->stack = s;
    r->stack_cap = cap;
    if (need > r->stack_hwm) r->stack_hwm = need;
    return true;
}

static const char *func_name(const Code *code) {
    return ((const ObjStr *)code->qualname)->data;
}

// "f() takes 2 positional arguments but 3 were given"
static bool too_many_positional(Run *r, const Code *code, uint32_t given, uint32_t defaults,
                                 uint32_t kw_given) {
    uint32_t max = code->argcount, min = max - defaults;
    char takes[64];
    if (min != max) snprintf(takes, sizeof takes, "from %u to %u", min, max);
    else snprintf(takes, sizeof takes, "%u", max);
    if (kw_given) {
        return exc_raise(r, &exc_TypeError,
                         "%s() takes %s positional argument%s but %u positional argument%s (and %u "
                         "keyword-only argument%s) were given",
                         func_name(code), takes, max == 1 && min == max ? "" : "s", given,
                         given == 1 ? "" : "s", kw_given, kw_given == 1 ? "" : "s");
    }
    return exc_raise(r, &exc_TypeError, "%s() takes %s positional argument%s but %u %s given",
                     func_name(code), takes, max == 1 && min == max ? "" : "s", given,
                     given == 1 ? "was" : "were");
}

// "f() missing 2 required positional arguments: 'a' and 'b'"
static bool missing_arguments(Run *r, const Code *code, Value *locals, uint32_t from, uint32_t to,
                              const char *kind) {
    char names[512];
    size_t n = 0;
    uint32_t count = 0, total = 0;
    for (uint32_t k = from; k < to; k++) total += is_undef(locals[k]);
    for (uint32_t k = from; k < to; k++) {
        if (!is_undef(locals[k])) continue;
        const char *name = ((const ObjStr *)code->varnames[k])->data;
        const char *sep = count == 0 ? "" : count + 1 == total ? (total > 2 ? ", and " : " and ") : ", ";
        int w = snprintf(names + n, sizeof names - n, "%s'%s'", sep, name);
        if (w > 0 && (size_t)w < sizeof names - n) n += (size_t)w;
        count++;
    }
    return exc_raise(r, &exc_TypeError, "%s() missing %u required %s argument%s: %s",
                     func_name(code), total, kind, total == 1 ? "" : "s", names);
}

static int find_param(const Code *code, const ObjStr *name) {
    uint32_t n = code->argcount + code->kwonlycount;
    for (uint32_t k = code->posonlycount; k < n; k++) {
        if (str_equal((const ObjStr *)code->varnames[k], name)) return (int)k;
    }
    return -1;
}

static bool is_posonly(const Code *code, const ObjStr *name) {
    for (uint32_t p = 0; p < code->posonlycount; p++) {
        if (str_equal((const ObjStr *)code->varnames[p], name)) return true;
    }
    return false;
}

// "g() got some positional-only arguments passed as keyword arguments: 'a, b'"
static bool posonly_as_keyword(Run *r, const Code *code, const Args *a) {
    char names[512];
    size_t n = 0;
    for (uint32_t k = 0; k < a->nkw; k++) {
        const ObjStr *name = (const ObjStr *)a->kwnames[k];
        if (!is_posonly(code, name)) continue;
        int w = snprintf(names + n, sizeof names - n, "%s%s", n ? ", " : "", name->data);
        if (w > 0 && (size_t)w < sizeof names - n) n += (size_t)w;
    }
    return exc_raise(r, &exc_TypeError,
                     "%s() got some positional-only arguments passed as keyword arguments: '%s'",
                     func_name(code), names);
}

// "f() got an unexpected keyword argument 'facter'. Did you mean 'factor'?"
static bool unexpected_keyword(Run *r, const Code *code, const ObjStr *name) {
    const char *best = suggest_closest(name->data, name->len, code->varnames + code->posonlycount,
                                       code->argcount + code->kwonlycount - code->posonlycount);
    if (best) {
        return exc_raise(r, &exc_TypeError,
                         "%s() got an unexpected keyword argument '%s'. Did you mean '%s'?",
                         func_name(code), name->data, best);
    }
    return exc_raise(r, &exc_TypeError, "%s() got an unexpected keyword argument '%s'",
                     func_name(code), name->data);
}

// Binds keyword arguments; extras go to **kwargs (a dict in locals[kwslot]) when the code
// has one.
static bool bind_keywords(Run *r, const Code *code, Value *locals, const Args *a, int kwslot) {
    for (uint32_t k = 0; k < a->nkw; k++) {
        const ObjStr *name = (const ObjStr *)a->kwnames[k];
        int slot = find_param(code, name);
        if (slot < 0) {
            if (kwslot >= 0) {
                if (!dict_set(r, locals[kwslot].as.obj, v_obj(a->kwnames[k]), a->kwvalues[k])) return false;
                continue;
            }
            if (is_posonly(code, name)) return posonly_as_keyword(r, code, a);
            return unexpected_keyword(r, code, name);
        }
        if (!is_undef(locals[slot])) {
            return exc_raise(r, &exc_TypeError, "%s() got multiple values for argument '%s'",
                             func_name(code), name->data);
        }
        locals[slot] = a->kwvalues[k];
    }
    return true;
}

static bool fill_defaults(Run *r, const ObjFunction *fn, const Code *code, Value *locals) {
    uint32_t ndef = fn->defaults ? (uint32_t)((ObjTuple *)fn->defaults)->len : 0;
    uint32_t first_def = code->argcount - ndef;
    for (uint32_t k = first_def; k < code->argcount; k++) {
        if (is_undef(locals[k])) locals[k] = ((ObjTuple *)fn->defaults)->items[k - first_def];
    }
    for (uint32_t k = 0; k < first_def; k++) {
        if (is_undef(locals[k])) return missing_arguments(r, code, locals, 0, first_def, "positional");
    }
    uint32_t kw_end = code->argcount + code->kwonlycount;
    for (uint32_t k = code->argcount; k < kw_end; k++) {
        if (!is_undef(locals[k]) || !fn->kwdefaults) continue;
        Value d = dict_get_str(fn->kwdefaults, (ObjStr *)code->varnames[k]);
        if (!is_undef(d)) locals[k] = d;
    }
    for (uint32_t k = code->argcount; k < kw_end; k++) {
        if (is_undef(locals[k])) {
            return missing_arguments(r, code, locals, code->argcount, kw_end, "keyword-only");
        }
    }
    return true;
}

// Binds a's arguments into locals[0..) for fn's code. Locals start undef.
static bool bind_arguments(Run *r, const ObjFunction *fn, Value *locals, const Args *a) {
    const Code *code = fn->code;
    uint32_t npos = a->npos < code->argcount ? a->npos : code->argcount;
    for (uint32_t k = 0; k < npos; k++) locals[k] = a->pos[k];
    uint32_t slot = code->argcount + code->kwonlycount;
    if (code->flags & CODE_VARARGS) {
        uint32_t extra = a->npos - npos;
        Obj *t = tuple_new(r, extra);
        if (!t) return false;
        memcpy(((ObjTuple *)t)->items, a->pos + npos, extra * sizeof(Value));
        locals[slot++] = v_obj(t);
    } else if (a->npos > code->argcount) {
        uint32_t ndef = fn->defaults ? (uint32_t)((ObjTuple *)fn->defaults)->len : 0;
        uint32_t kw_given = 0;
        for (uint32_t k = 0; k < a->nkw; k++) {
            int p = find_param(fn->code, (const ObjStr *)a->kwnames[k]);
            kw_given += p >= (int)code->argcount;
        }
        return too_many_positional(r, code, a->npos, ndef, kw_given);
    }
    int kwslot = -1;
    if (code->flags & CODE_VARKEYWORDS) {
        Obj *d = dict_new(r);
        if (!d) return false;
        kwslot = (int)slot;
        locals[slot++] = v_obj(d);
    }
    if (!bind_keywords(r, code, locals, a, kwslot)) return false;
    return fill_defaults(r, fn, code, locals);
}

// Cells: a fresh cell per captured local (holding its parameter's value), then the closure's.
static inline bool setup_cells(Run *r, const ObjFunction *fn, Value *locals) {
    const Code *code = fn->code;
    uint32_t ncells = code->cell_count, nfree = code->free_count;
    Value *cells = locals + code->local_count;
    const Value *closure = nfree ? ((const ObjTuple *)fn->closure)->items : NULL;
    for (uint32_t k = 0; k < nfree; k++) cells[ncells + k] = closure[k];
    for (uint32_t k = 0; k < ncells; k++) {
        uint32_t from = code->cell_local[k];
        Obj *cell = cell_new(r, from == UINT32_MAX ? v_undef() : locals[from]);
        if (!cell) return false;
        cells[k] = v_obj(cell);
    }
    return true;
}

bool frame_is_plain_call(const Code *code, const Args *a) {
    return a->nkw == 0 && a->npos == code->argcount && code->kwonlycount == 0 &&
           !(code->flags & (CODE_VARARGS | CODE_VARKEYWORDS));
}

bool frame_room(Run *r) {
    if (r->frame_count < r->frame_cap) return true;
    // 8 frames to start: 640 bytes, which malloc serves from its per-thread cache
    uint32_t cap = r->frame_cap ? r->frame_cap * 2 : 8;
    Frame *fs = mem_realloc(r, r->frames, r->frame_cap * sizeof *fs, cap * sizeof *fs);
    if (!fs) return false;
    r->frames = fs;
    r->frame_cap = cap;
    return true;
}

static bool frame_too_deep(Run *r) {
    return exc_raise(r, &exc_RecursionError, "maximum recursion depth exceeded");
}

bool frame_push_in_place_any(Run *r, Obj *func, size_t top) {
    const ObjFunction *fn = (const ObjFunction *)func;
    const Code *code = fn->code;
    if (!frame_reserve(r, top, frame_slots(code))) return false;
    // guard: Python recursion never grows the C stack; its depth is counted here
    if (r->frame_count >= r->max_depth) return frame_too_deep(r);
    if (!frame_room(r)) return false;
    Value *locals = r->stack + top;
    uint32_t nslots = code->local_count + code->cell_count + code->free_count;
    for (uint32_t k = code->argcount, n = nslots; k < n; k++) locals[k] = v_undef();
    r->frames[r->frame_count++] = (Frame){
        .code = code,
        .func = func,
        .globals = fn->globals,
        .base = (uint32_t)top,
        .sp = (uint32_t)(top + nslots),
        .handling = v_undef(),
    };
    if ((code->cell_count || code->free_count) && !setup_cells(r, fn, locals)) {
        r->frame_count--;
        return false;
    }
    return true;
}

bool frame_push_call(Run *r, Obj *func, const Args *a, size_t top) {
    const ObjFunction *fn = (const ObjFunction *)func;
    const Code *code = fn->code;
    // guard: Python recursion never grows the C stack; its depth is counted here
    if (r->frame_count >= r->max_depth) return frame_too_deep(r);
    // the caller reserved frame_slots(code) after top (frame_reserve), so `a` stays valid
    MOAT_ASSERT(top + frame_slots(code) <= r->stack_cap);
    if (!frame_room(r)) return false;
    Value *locals = r->stack + top;
    uint32_t nslots = code->local_count + code->cell_count + code->free_count;
    bool plain = frame_is_plain_call(code, a);
    // a plain call's arguments may already be where its locals go (vm.c places the frame
    // on them): they are copied first, then the rest is cleared
    if (plain) {
        if (a->pos != locals) memmove(locals, a->pos, a->npos * sizeof(Value));
    }
    for (uint32_t k = plain ? a->npos : 0; k < nslots; k++) locals[k] = v_undef();
    Frame *f = &r->frames[r->frame_count++];
    *f = (Frame){
        .code = code,
        .func = func,
        .globals = fn->globals,
        .base = (uint32_t)top,
        .sp = (uint32_t)(top + nslots),
        .handling = v_undef(),
    };
    if (!plain && !bind_arguments(r, fn, locals, a)) {
        r->frame_count--;
        return false;
    }
    if ((code->cell_count || code->free_count) && !setup_cells(r, fn, locals)) {
        r->frame_count--;
        return false;
    }
    return true;
}
