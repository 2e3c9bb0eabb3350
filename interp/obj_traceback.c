// Traceback objects: tb_next, tb_lineno and tb_lasti over one entry each. tb_frame is not
// there: frames lead out of the sandbox (DESIGN.md), so reading it is a plain AttributeError.
#include "interp/obj_traceback.h"

#include "interp/buf.h"
#include "interp/code.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/obj_iter.h"
#include "interp/obj_str.h"

bool traceback_push(Run *r, Obj **head, TracebackEntry at) {
    ObjTraceback *tb = gc_new(r, ObjTraceback, &type_traceback);
    if (!tb) return false;
    tb->next = *head;
    tb->at = at;
    *head = &tb->base;
    return true;
}

uint32_t traceback_entry_line(const TracebackEntry *t) {
    if (!t->code) return t->insn;
    const Code *code = t->code;
    return t->insn == TB_AT_DEF ? code->first_line : code->pos[t->insn].span.line;
}

// CPython's tb_lasti is a byte offset into its bytecode, two bytes an instruction; moat's
// counts its own instructions the same way. -1 where no instruction ran (CPython's "none").
static int64_t traceback_lasti(const TracebackEntry *t) {
    if (!t->code || t->insn == TB_AT_DEF) return -1;
    return 2 * (int64_t)t->insn;
}

static bool traceback_repr(Run *r, Value v, Buf *out) {
    return buf_printf(out, "<traceback object at 0x%llx>",
                      (unsigned long long)run_object_id(r, v.as.obj));
}

static bool traceback_getattr(Run *r, Value v, Obj *name, Value *out) {
    (void)r;
    const ObjTraceback *tb = as_traceback(v.as.obj);
    const ObjStr *n = (const ObjStr *)name;
    *out = v_undef();
    if (str_equal_cstr(n, "tb_next")) *out = tb->next ? v_obj(tb->next) : v_none();
    else if (str_equal_cstr(n, "tb_lineno")) *out = v_int(traceback_entry_line(&tb->at));
    else if (str_equal_cstr(n, "tb_lasti")) *out = v_int(traceback_lasti(&tb->at));
    return true;
}

// tb.tb_next = other: a traceback or None, and never a loop.
static bool traceback_set_next(Run *r, ObjTraceback *tb, Value val) {
    if (is_undef(val)) return exc_raise(r, &exc_TypeError, "can't delete tb_next attribute");
    if (!is_none(val) && !is_traceback(val)) {
        return exc_raise(r, &exc_TypeError, "expected traceback object, got '%T'", val);
    }
    Obj *next = is_none(val) ? NULL : val.as.obj;
    for (Obj *o = next; o; o = as_traceback(o)->next) {
        if (o == &tb->base) return exc_raise(r, &exc_ValueError, "traceback loop detected");
    }
    tb->next = next;
    return true;
}

static bool traceback_setattr(Run *r, Value v, Obj *name, Value val) {
    const ObjStr *n = (const ObjStr *)name;
    if (str_equal_cstr(n, "tb_next")) return traceback_set_next(r, as_traceback(v.as.obj), val);
    if (str_equal_cstr(n, "tb_lasti")) return exc_raise(r, &exc_AttributeError, "readonly attribute");
    if (str_equal_cstr(n, "tb_lineno")) {
        return exc_raise(r, &exc_AttributeError,
                         "attribute 'tb_lineno' of 'traceback' objects is not writable");
    }
    return exc_raise(r, &exc_AttributeError,
                     "'traceback' object has no attribute '%s' and no __dict__ for setting new "
                     "attributes",
                     n->data);
}

static void traceback_trace(Run *r, Obj *o) {
    gc_mark_obj(r, as_traceback(o)->next);
}

const ObjType type_traceback = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "traceback",
    .id = TYPE_OBJECT,
    .base_type = &type_object,
    .slots = {
        .repr = traceback_repr,
        .hash = identity_hash,
        .getattr = traceback_getattr,
        .setattr = traceback_setattr,
        .trace = traceback_trace,
    },
};
