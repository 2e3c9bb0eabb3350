// Exception classes and objects, and raising with CPython-style formatted messages.
#include "interp/exc.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "interp/args.h"
#include "interp/buf.h"
#include "interp/code.h"
#include "interp/container.h"
#include "interp/exc_fields.h"
#include "interp/frame.h"
#include "interp/gc.h"
#include "interp/mem.h"
#include "interp/obj_bytes.h"
#include "interp/obj_class.h"
#include "interp/obj_class_boxed.h"
#include "interp/obj_dict.h"
#include "interp/obj_iter.h"
#include "interp/obj_list.h"
#include "interp/obj_range.h"
#include "interp/obj_str.h"
#include "interp/obj_str_codec.h"
#include "interp/obj_traceback.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"

bool type_is_subtype(const ObjType *t, const ObjType *base) {
    if (type_is_class(t)) return class_mro_contains(t, base);
    for (; t; t = t->base_type) {
        if (t == base) return true;
        // ExceptionGroup's second base: class ExceptionGroup(BaseExceptionGroup, Exception)
        if (t == &exc_ExceptionGroup && base == &exc_Exception) return true;
    }
    return false;
}

static ObjException *as_exc(Value v) {
    return (ObjException *)v.as.obj;
}

bool exc_repr(Run *r, Value v, Buf *out) {
    ObjException *e = as_exc(v);
    ObjTuple *args = (ObjTuple *)e->args.as.obj;
    if (!buf_append_cstr(out, e->base.type->name)) return false;
    if (args->len == 1) {
        return buf_append_char(out, '(') && ops_repr(r, args->items[0], out) &&
               buf_append_char(out, ')');
    }
    return ops_repr(r, e->args, out);
}

// ExceptionGroup('msg', [...]) prints as "msg (2 sub-exceptions)".
static bool exc_group_str(Run *r, ObjException *e, Buf *out) {
    size_t n = as_tuple(e->value)->len;
    return ops_str(r, e->obj, out) &&
           buf_printf(out, " (%zu sub-exception%s)", n, n == 1 ? "" : "s");
}

bool exc_str(Run *r, Value v, Buf *out) {
    ObjException *e = as_exc(v);
    ObjTuple *args = (ObjTuple *)e->args.as.obj;
    if (type_is_subtype(e->base.type, &exc_BaseExceptionGroup) && !is_undef(e->value)) {
        return exc_group_str(r, e, out);
    }
    bool done;
    if (!exc_fields_str(r, e, out, &done)) return false;
    if (done || args->len == 0) return true;
    if (args->len == 5 && type_is_subtype(e->base.type, &exc_UnicodeError)) {
        return str_codec_error_str(r, v, out);
    }
    if (args->len > 1) return ops_str(r, e->args, out);
    // KeyError('k') prints as 'k': the key's repr
    if (type_is_subtype(e->base.type, &exc_KeyError)) return ops_repr(r, args->items[0], out);
    return ops_str(r, args->items[0], out);
}

void exc_trace(Run *r, Obj *o) {
    ObjException *e = (ObjException *)o;
    gc_mark_value(r, e->args);
    gc_mark_value(r, e->cause);
    gc_mark_value(r, e->context);
    gc_mark_value(r, e->notes);
    gc_mark_value(r, e->value);
    gc_mark_value(r, e->path);
    gc_mark_value(r, e->name);
    gc_mark_value(r, e->obj);
    gc_mark_obj(r, e->dict);
    gc_mark_obj(r, e->traceback);
}

bool exc_getattr(Run *r, Value v, Obj *name, Value *out) {
    ObjException *e = as_exc(v);
    ObjStr *n = (ObjStr *)name;
    *out = v_undef();
    if (str_equal_cstr(n, "args")) *out = e->args;
    else if (str_equal_cstr(n, "__dict__")) {
        if (!e->dict && !(e->dict = dict_new(r))) return false;
        *out = v_obj(e->dict);
    }
    else if (str_equal_cstr(n, "__cause__")) *out = is_undef(e->cause) ? v_none() : e->cause;
    else if (str_equal_cstr(n, "__context__")) *out = is_undef(e->context) ? v_none() : e->context;
    else if (str_equal_cstr(n, "__suppress_context__")) *out = v_bool(e->suppress_context);
    // guard: the chain shows lines, never frames (obj_traceback.c has no tb_frame)
    else if (str_equal_cstr(n, "__traceback__")) *out = exc_traceback(v);
    else if (str_equal_cstr(n, "__notes__") && !is_undef(e->notes)) *out = e->notes;
    else if (str_equal_cstr(n, "name") && (type_is_subtype(e->base.type, &exc_NameError) ||
                                           type_is_subtype(e->base.type, &exc_AttributeError) ||
                                           type_is_subtype(e->base.type, &exc_ImportError))) {
        *out = is_undef(e->name) ? v_none() : e->name;
    } else if (str_equal_cstr(n, "obj") && type_is_subtype(e->base.type, &exc_AttributeError)) {
        *out = is_undef(e->obj) ? v_none() : e->obj;
    } else if (type_is_subtype(e->base.type, &exc_UnicodeError) && as_tuple(e->args)->len == 5) {
        // UnicodeDecodeError(encoding, object, start, end, reason)
        static const char *const fields[] = {"encoding", "object", "start", "end", "reason"};
        for (int k = 0; k < 5; k++) {
            if (str_equal_cstr(n, fields[k])) *out = as_tuple(e->args)->items[k];
        }
    }
    else if (str_equal_cstr(n, "value") && type_is_subtype(e->base.type, &exc_StopIteration)) {
        *out = is_undef(e->value) ? v_none() : e->value;
    } else if (str_equal_cstr(n, "code") && type_is_subtype(e->base.type, &exc_SystemExit)) {
        *out = is_undef(e->value) ? v_none() : e->value;
    } else if (exc_fields_get(e, n, out)) {
        // OSError's and SyntaxError's own
    } else if (type_is_subtype(e->base.type, &exc_ImportError) &&
               (str_equal_cstr(n, "path") || str_equal_cstr(n, "msg"))) {
        // msg: the message when the exception was made with just one
        const ObjTuple *args = as_tuple(e->args);
        Value msg = args->len == 1 ? args->items[0] : v_none();
        *out = str_equal_cstr(n, "msg") ? msg : is_undef(e->path) ? v_none() : e->path;
    } else if (type_is_subtype(e->base.type, &exc_BaseExceptionGroup) && !is_undef(e->value)) {
        if (str_equal_cstr(n, "message")) *out = e->obj;
        else if (str_equal_cstr(n, "exceptions")) *out = e->value;
    }
    if (is_undef(*out) && e->dict) *out = dict_get_str(e->dict, n);
    return true;
}

// e.__traceback__ = val (undef: del)
static bool exc_set_traceback(Run *r, ObjException *e, Value val) {
    if (is_undef(val)) return exc_raise(r, &exc_TypeError, "__traceback__ may not be deleted");
    if (!is_none(val) && !is_traceback(val)) {
        return exc_raise(r, &exc_TypeError, "__traceback__ must be a traceback or None");
    }
    e->traceback = is_none(val) ? NULL : val.as.obj;
    return true;
}

bool exc_setattr(Run *r, Value v, Obj *name, Value val) {
    ObjException *e = as_exc(v);
    ObjStr *n = (ObjStr *)name;
    if (str_equal_cstr(n, "__cause__") || str_equal_cstr(n, "__context__")) {
        if (!is_none(val) && !is_exception(val)) {
            return exc_raise(r, &exc_TypeError, "exception cause must be None or derive from BaseException");
        }
        if (str_equal_cstr(n, "__cause__")) {
            e->cause = val;
            e->suppress_context = true;
        } else {
            e->context = val;
        }
        return true;
    }
    if (str_equal_cstr(n, "__suppress_context__")) {
        return ops_truthy(r, val, &e->suppress_context);
    }
    if (str_equal_cstr(n, "__traceback__")) return exc_set_traceback(r, e, val);
    if (str_equal_cstr(n, "__notes__") && !(is_undef(val) && is_undef(e->notes))) {
        e->notes = val;  // any value: add_note() checks for a list
        return true;
    }
    bool field;
    if (!exc_fields_set(r, e, n, val, &field)) return false;
    if (field) return true;
    if (str_equal_cstr(n, "args") && !is_undef(val)) {
        Obj *t = tuple_from_iterable(r, val);
        if (!t) return false;
        e->args = v_obj(t);
        return true;
    }
    // anything else lives in the instance's __dict__, made on the first store
    bool found = false;
    if (!is_undef(val)) {
        if (!e->dict && !(e->dict = dict_new(r))) return false;
        return dict_set(r, e->dict, v_obj(name), val);
    }
    if (e->dict && !dict_del(r, e->dict, v_obj(name), &found)) return false;
    return found || exc_raise(r, &exc_AttributeError, "'%s' object has no attribute '%s'",
                              e->base.type->name, n->data);
}

// BaseException.add_note(note)
static bool exc_add_note(Run *r, Value self, const Args *a, Value *out);

// BaseException.with_traceback(tb): sets __traceback__, returns the exception itself.
static bool exc_with_traceback(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "with_traceback", 1, 1)) return false;
    if (!exc_set_traceback(r, as_exc(self), a->pos[0])) return false;
    *out = self;
    return true;
}

static bool exc_group_derive(Run *r, Value self, const Args *a, Value *out);
static bool exc_group_split(Run *r, Value self, const Args *a, Value *out);
static bool exc_group_subgroup(Run *r, Value self, const Args *a, Value *out);

// BaseException.__reduce__(): (type, args) and the attribute dict when there is one.
static bool exc_reduce(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_none(r, a, "BaseException.__reduce__")) return false;
    ObjException *e = as_exc(self);
    Value args;
    if (!exc_fields_reduce_args(r, e, &args) || !gc_push_root(r, args)) return false;
    Obj *t = tuple_new(r, e->dict ? 3 : 2);
    gc_pop_roots(r, 1);
    if (!t) return false;
    ObjTuple *res = (ObjTuple *)t;
    res->items[0] = v_obj((Obj *)e->base.type);
    res->items[1] = args;
    if (e->dict) res->items[2] = v_obj(e->dict);
    *out = v_obj(t);
    return true;
}

// BaseException.__setstate__(state): each item of a dict state becomes an attribute.
static bool exc_setstate(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_one(r, a, "BaseException.__setstate__")) return false;
    Value state = a->pos[0];
    *out = v_none();
    if (is_none(state)) return true;
    if (!is_dict(state)) return exc_raise(r, &exc_TypeError, "state is not a dictionary");
    DictIter it;
    dict_iter_init(&it, state);
    Value key, val;
    while (dict_iter_next(&it, &key, &val)) {
        if (!is_str(key)) {
            return exc_raise(r, &exc_TypeError, "attribute name must be string, not '%s'",
                             value_type_name(key));
        }
        if (!ops_setattr(r, self, key.as.obj, val)) return false;
    }
    return true;
}

static const MethodDef exc_methods[] = {
    {"__reduce__", exc_reduce},
    {"__setstate__", exc_setstate},
    {"add_note", exc_add_note},
    {"with_traceback", exc_with_traceback},
};

// BaseExceptionGroup's own methods (a group type's method table; lookup continues in its bases)
static const MethodDef exc_group_methods[] = {
    {"__reduce__", exc_reduce},
    {"__setstate__", exc_setstate},
    {"add_note", exc_add_note},
    {"derive", exc_group_derive},
    {"split", exc_group_split},
    {"subgroup", exc_group_subgroup},
    {"with_traceback", exc_with_traceback},
};

#define exc_object type_object  // so X(BaseException, object) names &type_object as its base
#define EXC_DEFINE_WITH(N, B, METHODS, MODULE)                                     \
    const ObjType exc_##N = {                                                      \
        .base = {.type = &type_type, .flags = OBJ_STATIC},                         \
        .name = #N,                                                                \
        .module = MODULE,                                                          \
        .id = TYPE_EXCEPTION,                                                      \
        .base_type = &exc_##B,                                                     \
        .methods = METHODS,                                                        \
        .method_count = sizeof METHODS / sizeof *METHODS,                          \
        .construct = exc_construct,                                                \
        .slots = {                                                                 \
            .repr = exc_repr,                                                      \
            .hash = identity_hash,                                                 \
            .str = exc_str,                                                        \
            .getattr = exc_getattr,                                                \
            .setattr = exc_setattr,                                                \
            .trace = exc_trace,                                                    \
        },                                                                         \
    };
#define EXC_DEFINE(N, B) EXC_DEFINE_WITH(N, B, exc_methods, NULL)
#define EXC_GROUP_DEFINE(N, B) EXC_DEFINE_WITH(N, B, exc_group_methods, NULL)
EXC_CLASSES(EXC_DEFINE)
EXC_GROUP_CLASSES(EXC_GROUP_DEFINE)

// asyncio's exceptions, which are no builtins: defined here with the exceptions' slots
#define EXC_MODULE_DEFINE(N, B, MODULE) EXC_DEFINE_WITH(N, B, exc_methods, MODULE)
EXC_MODULE_DEFINE(CancelledError, BaseException, "asyncio.exceptions")
EXC_MODULE_DEFINE(InvalidStateError, Exception, "asyncio.exceptions")
EXC_MODULE_DEFINE(QueueEmpty, Exception, "asyncio.queues")
EXC_MODULE_DEFINE(QueueFull, Exception, "asyncio.queues")
#undef EXC_MODULE_DEFINE
#undef EXC_GROUP_DEFINE
#undef EXC_DEFINE_WITH
#undef EXC_DEFINE
#undef exc_object

Obj *exc_new(Run *r, const ObjType *cls, Obj *args) {
    if (!args) {
        args = tuple_new(r, 0);
        if (!args) return NULL;
    }
    if (!gc_push_root(r, v_obj(args))) return NULL;
    ObjException *e = gc_new(r, ObjException, cls);
    gc_pop_roots(r, 1);
    if (!e) return NULL;
    e->args = v_obj(args);
    e->cause = v_undef();
    e->context = v_undef();
    e->notes = v_undef();
    e->value = v_undef();
    e->name = v_undef();
    e->obj = v_undef();
    e->path = v_undef();
    ObjTuple *t = (ObjTuple *)args;
    if (t->len && (type_is_subtype(cls, &exc_StopIteration) || type_is_subtype(cls, &exc_SystemExit))) {
        e->value = t->items[0];
    }
    // SystemExit(1, 2).code is the whole args tuple
    if (t->len > 1 && type_is_subtype(cls, &exc_SystemExit)) e->value = v_obj(args);
    return &e->base;
}

// The sub-exceptions of ExceptionGroup(message, excs) as a new tuple, checked as CPython's
// BaseExceptionGroup.__new__ does; *cls becomes ExceptionGroup when a BaseExceptionGroup holds
// only Exceptions. NULL with the exception raised.
static Obj *exc_group_items(Run *r, const Args *a, const ObjType **cls) {
    if (a->npos != 2) {
        exc_raise(r, &exc_TypeError,
                  "BaseExceptionGroup.__new__() takes exactly 2 arguments (%u given)", a->npos);
        return NULL;
    }
    if (!is_str(a->pos[0])) {
        exc_raise(r, &exc_TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %T",
                  a->pos[0]);
        return NULL;
    }
    Value seq = a->pos[1];
    if (!is_list(seq) && !is_tuple(seq) && !is_str(seq) && !is_range(seq) && !is_bytes(seq)) {
        exc_raise(r, &exc_TypeError, "second argument (exceptions) must be a sequence");
        return NULL;
    }
    Obj *items = tuple_from_iterable(r, seq);
    if (!items) return NULL;
    ObjTuple *t = (ObjTuple *)items;
    if (t->len == 0) {
        exc_raise(r, &exc_ValueError, "second argument (exceptions) must be a non-empty sequence");
        return NULL;
    }
    bool all_exceptions = true;
    for (size_t k = 0; k < t->len; k++) {
        if (!is_exception(t->items[k])) {
            exc_raise(r, &exc_ValueError,
                      "Item %zu of second argument (exceptions) is not an exception", k);
            return NULL;
        }
        all_exceptions &= type_is_subtype(t->items[k].as.obj->type, &exc_Exception);
    }
    if (*cls == &exc_BaseExceptionGroup && all_exceptions) *cls = &exc_ExceptionGroup;
    if (type_is_subtype(*cls, &exc_Exception) && !all_exceptions) {
        exc_raise(r, &exc_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
        return NULL;
    }
    return items;
}

// The keyword-only fields a constructor takes: NameError(name=), AttributeError(name=, obj=),
// ImportError(name=, path=); every other exception takes no keywords.
static bool exc_check_keywords(Run *r, const ObjType *cls, const Args *a) {
    bool name = type_is_subtype(cls, &exc_NameError) || type_is_subtype(cls, &exc_AttributeError) ||
                type_is_subtype(cls, &exc_ImportError);
    if (a->nkw && !name) {
        return exc_raise(r, &exc_TypeError, "%s() takes no keyword arguments", cls->name);
    }
    for (uint32_t k = 0; k < a->nkw; k++) {
        const ObjStr *kw = (const ObjStr *)a->kwnames[k];
        bool known = str_equal_cstr(kw, "name") ||
                     (str_equal_cstr(kw, "obj") && type_is_subtype(cls, &exc_AttributeError)) ||
                     (str_equal_cstr(kw, "path") && type_is_subtype(cls, &exc_ImportError));
        if (!known) {
            return exc_raise(r, &exc_TypeError, "%s() got an unexpected keyword argument '%s'",
                             cls->name, kw->data);
        }
    }
    return true;
}

// Stores the keyword fields exc_check_keywords let through (ImportError's path).
static void exc_set_keywords(ObjException *e, const Args *a) {
    for (uint32_t k = 0; k < a->nkw; k++) {
        const ObjStr *kw = (const ObjStr *)a->kwnames[k];
        if (str_equal_cstr(kw, "name")) e->name = a->kwvalues[k];
        else if (str_equal_cstr(kw, "obj")) e->obj = a->kwvalues[k];
        else e->path = a->kwvalues[k];
    }
}

bool exc_construct(Run *r, Value callee, const Args *a, Value *out) {
    const ObjType *cls = (const ObjType *)callee.as.obj;
    if (!exc_check_keywords(r, cls, a)) return false;
    Obj *group = NULL;
    if (type_is_subtype(cls, &exc_BaseExceptionGroup)) {
        group = exc_group_items(r, a, &cls);
        if (!group || !gc_push_root(r, v_obj(group))) return false;
    }
    Obj *args = tuple_new(r, a->npos);
    Obj *e = NULL;
    if (args) {
        for (uint32_t k = 0; k < a->npos; k++) ((ObjTuple *)args)->items[k] = a->pos[k];
        e = exc_new(r, cls, args);
    }
    if (group) gc_pop_roots(r, 1);
    if (!e || !gc_push_root(r, v_obj(e))) return false;
    bool ok = exc_fields_init(r, e, a);
    gc_pop_roots(r, 1);
    if (!ok) return false;
    if (group) {
        ((ObjException *)e)->value = v_obj(group);
        ((ObjException *)e)->obj = a->pos[0];  // the message, whatever args becomes
    }
    exc_set_keywords((ObjException *)e, a);
    *out = v_obj(e);
    return true;
}

// ---- BaseExceptionGroup.derive, split and subgroup ----

// guard: split() and subgroup() follow nested groups this deep at most
enum { EXC_MAX_GROUP_NESTING = 200 };

static bool exc_is_group(Value v) {
    return is_exception(v) && type_is_subtype(v.as.obj->type, &exc_BaseExceptionGroup) &&
           is_tuple(as_exc(v)->value);
}

// derive(excs): BaseExceptionGroup(self.message, excs), which is an ExceptionGroup when it can be
static bool exc_group_derive(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "BaseExceptionGroup.derive", 1, 1)) return false;
    Value pos[2] = {as_exc(self)->obj, a->pos[0]};
    Args group_args = {.pos = pos, .npos = 2};
    return exc_construct(r, v_obj((Obj *)&exc_BaseExceptionGroup.base), &group_args, out);
}

// A part of group orig holding excs (a list), with orig's traceback, cause, context and a
// copy of its notes, as CPython's exceptiongroup_subset makes it.
static bool exc_group_subset(Run *r, Value orig, Value excs, Value *out) {
    Args a = {.pos = &excs, .npos = 1};
    if (!exc_group_derive(r, orig, &a, out) || !gc_push_root(r, *out)) return false;
    ObjException *from = as_exc(orig), *to = as_exc(*out);
    bool ok = true;
    to->traceback = from->traceback;  // the same chain, shared as in CPython
    to->cause = from->cause;
    to->context = from->context;
    to->suppress_context = true;  // PyException_SetCause sets it, whatever the cause
    if (ok && !is_undef(from->notes)) {
        Obj *notes = list_from_iterable(r, from->notes);
        ok = notes != NULL;
        if (ok) to->notes = v_obj(notes);
    }
    gc_pop_roots(r, 1);
    return ok;
}

// MATCH_LEAVES: cond is a list of leaf exceptions, matched by identity (except* re-raising).
typedef enum GroupMatch { MATCH_TYPE, MATCH_TYPES, MATCH_PREDICATE, MATCH_LEAVES } GroupMatch;

static bool exc_is_class(Value v) {
    return is_obj(v) && v.as.obj->type == &type_type &&
           type_is_subtype((const ObjType *)v.as.obj, &exc_BaseException);
}

// How split() and subgroup() test an exception: by class, by a tuple of classes, or by calling
// a predicate.
static bool exc_group_matcher(Run *r, Value cond, GroupMatch *kind) {
    if (value_type(cond)->slots.call && !(is_obj(cond) && cond.as.obj->type == &type_type)) {
        *kind = MATCH_PREDICATE;
        return true;
    }
    bool ok = exc_is_class(cond);
    *kind = MATCH_TYPE;
    if (is_tuple(cond)) {
        ok = true;
        *kind = MATCH_TYPES;
        for (size_t k = 0; k < as_tuple(cond)->len; k++) {
            ok &= exc_is_class(as_tuple(cond)->items[k]);
        }
    }
    if (ok) return true;
    return exc_raise(r, &exc_TypeError, "expected an exception type, a tuple of exception types, "
                                        "or a callable (other than a class)");
}

static bool exc_group_matches(Run *r, Value cond, GroupMatch kind, Value exc, bool *out) {
    const ObjType *t = exc.as.obj->type;
    if (kind == MATCH_TYPE) {
        *out = type_is_subtype(t, (const ObjType *)cond.as.obj);
        return true;
    }
    if (kind == MATCH_LEAVES) {
        const ObjList *leaves = (const ObjList *)cond.as.obj;
        *out = false;
        for (size_t k = 0; k < leaves->len && !*out; k++) *out = leaves->items[k].as.obj == exc.as.obj;
        return true;
    }
    if (kind == MATCH_TYPES) {
        *out = false;
        for (size_t k = 0; k < as_tuple(cond)->len; k++) {
            *out |= type_is_subtype(t, (const ObjType *)as_tuple(cond)->items[k].as.obj);
        }
        return true;
    }
    if (kind == MATCH_LEAVES) {
        const ObjList *leaves = (const ObjList *)cond.as.obj;
        *out = false;
        for (size_t k = 0; k < leaves->len && !*out; k++) *out = leaves->items[k].as.obj == exc.as.obj;
        return true;
    }
    Args a = {.pos = &exc, .npos = 1};
    Value res;
    return ops_call(r, cond, &a, &res) && ops_truthy(r, res, out);
}

typedef struct GroupSplit {
    Value cond;
    GroupMatch kind;
    bool want_rest;  // split() builds the rest too; subgroup() does not
} GroupSplit;

// Splits exc into the part that matches and the rest (undef for an empty part). Neither result
// is rooted: the caller roots what it keeps before allocating.
static bool exc_group_split_rec(Run *r, const GroupSplit *sp, Value exc, uint32_t depth,
                                Value *match, Value *rest) {
    *match = *rest = v_undef();
    if (depth > EXC_MAX_GROUP_NESTING) {
        return exc_raise(r, &exc_RecursionError, "maximum recursion depth exceeded");
    }
    bool whole;
    if (!exc_group_matches(r, sp->cond, sp->kind, exc, &whole)) return false;
    if (whole || !exc_is_group(exc)) {
        *(whole ? match : rest) = exc;
        return true;
    }
    Obj *parts[2] = {list_new(r, 0), NULL};
    if (!parts[0] || !gc_push_root(r, v_obj(parts[0]))) return false;
    parts[1] = list_new(r, 0);
    if (!parts[1] || !gc_push_root(r, v_obj(parts[1]))) {
        gc_pop_roots(r, 1);
        return false;
    }
    bool ok = true;
    const ObjTuple *members = as_tuple(as_exc(exc)->value);  // immutable, reachable from exc
    for (size_t k = 0; k < members->len && ok; k++) {
        Value m, rs;
        ok = exc_group_split_rec(r, sp, members->items[k], depth + 1, &m, &rs);
        if (!ok || !gc_push_root(r, m)) {
            ok = false;
            break;
        }
        if (!gc_push_root(r, rs)) {
            gc_pop_roots(r, 1);
            ok = false;
            break;
        }
        ok = (is_undef(m) || list_append(r, parts[0], m)) &&
             (is_undef(rs) || !sp->want_rest || list_append(r, parts[1], rs));
        gc_pop_roots(r, 2);
    }
    if (ok && ((ObjList *)parts[0])->len) ok = exc_group_subset(r, exc, v_obj(parts[0]), match);
    bool match_rooted = ok && !is_undef(*match);
    if (match_rooted && !gc_push_root(r, *match)) ok = match_rooted = false;
    if (ok && sp->want_rest && ((ObjList *)parts[1])->len) {
        ok = exc_group_subset(r, exc, v_obj(parts[1]), rest);
    }
    gc_pop_roots(r, match_rooted ? 3 : 2);
    return ok;
}

static bool exc_group_split_call(Run *r, Value self, const Args *a, const char *name,
                                 bool want_rest, Value *match, Value *rest) {
    if (!args_positional(r, a, name, 1, 1)) return false;
    GroupSplit sp = {.cond = a->pos[0], .want_rest = want_rest};
    return exc_group_matcher(r, sp.cond, &sp.kind) &&
           exc_group_split_rec(r, &sp, self, 0, match, rest);
}

// split(condition) -> (match, rest), either None when empty
static bool exc_group_split(Run *r, Value self, const Args *a, Value *out) {
    Value match, rest;
    if (!exc_group_split_call(r, self, a, "BaseExceptionGroup.split", true, &match, &rest)) {
        return false;
    }
    if (!gc_push_root(r, match)) return false;
    if (!gc_push_root(r, rest)) {
        gc_pop_roots(r, 1);
        return false;
    }
    Obj *t = tuple_pack2(r, is_undef(match) ? v_none() : match, is_undef(rest) ? v_none() : rest);
    gc_pop_roots(r, 2);
    if (!t) return false;
    *out = v_obj(t);
    return true;
}

// subgroup(condition) -> the matching part, or None
static bool exc_group_subgroup(Run *r, Value self, const Args *a, Value *out) {
    Value rest;
    if (!exc_group_split_call(r, self, a, "BaseExceptionGroup.subgroup", false, out, &rest)) {
        return false;
    }
    if (is_undef(*out)) *out = v_none();
    return true;
}

// ---- try/except* ----

bool exc_matches(Run *r, Value exc, Value type, bool *out) {
    if (is_tuple(type)) {
        const ObjTuple *t = as_tuple(type);
        *out = false;
        for (size_t k = 0; k < t->len; k++) {
            bool m;
            if (!exc_matches(r, exc, t->items[k], &m)) return false;
            *out |= m;
        }
        return true;
    }
    if (!exc_is_class(type)) {
        return exc_raise(r, &exc_TypeError,
                         "catching classes that do not inherit from BaseException is not allowed");
    }
    *out = type_is_subtype(exc.as.obj->type, (const ObjType *)type.as.obj);
    return true;
}

// except* takes exception classes, but no exception group class: those belong to `except`.
static bool exc_star_type_valid(Run *r, Value type) {
    size_t n = is_tuple(type) ? as_tuple(type)->len : 1;
    for (size_t k = 0; k < n; k++) {
        Value t = is_tuple(type) ? as_tuple(type)->items[k] : type;
        bool unused;
        if (!exc_matches(r, type, t, &unused)) return false;
        if (type_is_subtype((const ObjType *)t.as.obj, &exc_BaseExceptionGroup)) {
            return exc_raise(r, &exc_TypeError, "catching ExceptionGroup with except* is not "
                                                "allowed. Use except instead.");
        }
    }
    return true;
}

bool exc_star_match(Run *r, Value exc, Value type, const void *code, uint32_t insn, Value *match,
                    Value *rest) {
    *match = v_none();
    *rest = exc;
    if (!exc_star_type_valid(r, type)) return false;
    if (is_none(exc)) return true;
    bool whole;
    if (!exc_matches(r, exc, type, &whole)) return false;
    if (whole && exc_is_group(exc)) {
        *match = exc;
        *rest = v_none();
    } else if (whole) {
        // a naked exception: wrapped in a group raised here, as if by the handler's line
        Obj *members = tuple_new(r, 1);
        if (!members) return false;
        as_tuple(v_obj(members))->items[0] = exc;
        Value pos[2] = {v_obj(str_empty()), v_obj(members)};
        Args a = {.pos = pos, .npos = 2};
        if (!gc_push_root(r, pos[1])) return false;
        bool ok = exc_construct(r, v_obj((Obj *)&exc_BaseExceptionGroup.base), &a, match) &&
                  exc_add_traceback(r, as_exc(*match), code, insn);
        gc_pop_roots(r, 1);
        if (!ok) return false;
        *rest = v_none();
    } else if (exc_is_group(exc)) {
        GroupSplit sp = {.cond = type, .kind = is_tuple(type) ? MATCH_TYPES : MATCH_TYPE,
                         .want_rest = true};
        Value m, rs;
        if (!exc_group_split_rec(r, &sp, exc, 0, &m, &rs)) return false;
        *match = is_undef(m) ? v_none() : m;
        *rest = is_undef(rs) ? v_none() : rs;
    }
    return true;
}

// cause and context: undef, None or an exception object
static bool exc_same_link(Value a, Value b) {
    return a.tag == b.tag && (a.tag != VAL_OBJ || a.as.obj == b.as.obj);
}

// The same exception passed on unchanged (a bare `raise`, or the unmatched rest): the parts
// split() made keep the group's cause, context and traceback.
static bool exc_same_metadata(const ObjException *a, const ObjException *b) {
    return exc_same_link(a->cause, b->cause) && exc_same_link(a->context, b->context) &&
           a->traceback == b->traceback;
}

// Appends the leaf (non-group) exceptions of exc to list `leaves`.
static bool exc_group_leaves(Run *r, Value exc, Obj *leaves, uint32_t depth) {
    if (depth > EXC_MAX_GROUP_NESTING) {
        return exc_raise(r, &exc_RecursionError, "maximum recursion depth exceeded");
    }
    if (!exc_is_group(exc)) return list_append(r, leaves, exc);
    const ObjTuple *members = as_tuple(as_exc(exc)->value);
    for (size_t k = 0; k < members->len; k++) {
        if (!exc_group_leaves(r, members->items[k], leaves, depth + 1)) return false;
    }
    return true;
}

bool exc_star_reraise(Run *r, Value orig, Value raised, Value *out) {
    const ObjList *excs = (const ObjList *)raised.as.obj;
    *out = v_none();
    if (!exc_is_group(orig)) {
        // a naked exception was caught: one clause at most ran, so one exception at most
        for (size_t k = 0; k < excs->len && is_none(*out); k++) *out = excs->items[k];
        return true;
    }
    Obj *fresh = list_new(r, 0);
    if (!fresh || !gc_push_root(r, v_obj(fresh))) return false;
    Obj *leaves = list_new(r, 0);
    if (!leaves || !gc_push_root(r, v_obj(leaves))) {
        gc_pop_roots(r, 1);
        return false;
    }
    bool ok = true;
    for (size_t k = 0; k < excs->len && ok; k++) {
        Value e = excs->items[k];  // the list is rooted by the caller and only grows here
        if (is_none(e)) continue;
        ok = exc_same_metadata(as_exc(e), as_exc(orig)) ? exc_group_leaves(r, e, leaves, 0)
                                                        : list_append(r, fresh, e);
    }
    // the re-raised parts go back into orig's own shape
    Value kept = v_undef(), unused;
    if (ok && ((ObjList *)leaves)->len) {
        GroupSplit sp = {.cond = v_obj(leaves), .kind = MATCH_LEAVES, .want_rest = false};
        ok = exc_group_split_rec(r, &sp, orig, 0, &kept, &unused);
    }
    if (ok && ((ObjList *)fresh)->len == 0) {
        if (!is_undef(kept)) *out = kept;
    } else if (ok) {
        ok = is_undef(kept) || list_append(r, fresh, kept);
        if (ok && ((ObjList *)fresh)->len == 1) {
            *out = ((ObjList *)fresh)->items[0];
        } else if (ok) {
            Value pos[2] = {v_obj(str_empty()), v_obj(fresh)};
            Args a = {.pos = pos, .npos = 2};
            ok = exc_construct(r, v_obj((Obj *)&exc_BaseExceptionGroup.base), &a, out);
        }
    }
    gc_pop_roots(r, 2);
    return ok;
}

static bool exc_add_note(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_one(r, a, "BaseException.add_note")) return false;
    if (!is_str(boxed_unbox(a->pos[0]))) {
        return exc_raise(r, &exc_TypeError, "add_note() argument must be str, not %s",
                         is_none(a->pos[0]) ? "None" : value_type_name(a->pos[0]));
    }
    ObjException *e = as_exc(self);
    if (is_undef(e->notes)) {
        Obj *l = list_new(r, 0);
        if (!l) return false;
        e->notes = v_obj(l);
    }
    if (!is_list(e->notes)) {
        return exc_raise(r, &exc_TypeError, "Cannot add note: __notes__ is not a list");
    }
    if (!list_append(r, e->notes.as.obj, a->pos[0])) return false;
    *out = v_none();
    return true;
}

void exc_note_pending(Run *r, const char *text, size_t len) {
    if (r->abort || !is_exception(r->exc)) return;
    ObjException *e = (ObjException *)r->exc.as.obj;
    Obj *note = str_new(r, text, len);
    if (!note || !gc_push_root(r, v_obj(note))) return;
    if (is_undef(e->notes)) {
        Obj *list = list_new(r, 0);
        if (list) e->notes = v_obj(list);
    }
    if (!is_undef(e->notes) && !list_append(r, e->notes.as.obj, v_obj(note))) {
        // the memory limit stopped the run: the note no longer matters
    }
    gc_pop_roots(r, 1);
}

// Appends one conversion of exc_raise's format.
static bool exc_format_one(Run *r, Buf *b, const char **pf, va_list *ap) {
    const char *f = *pf;
    char tmp[64];
    bool ok = true;
    if (f[0] == '.' && f[1] == '*' && f[2] == 's') {
        int w = va_arg(*ap, int);
        const char *p = va_arg(*ap, const char *);
        ok = buf_append(b, p, w > 0 ? (size_t)w : 0);
        f += 2;
    } else if (f[0] == 'l' && f[1] == 'l' && f[2] == 'd') {
        snprintf(tmp, sizeof tmp, "%lld", va_arg(*ap, long long));
        ok = buf_append_cstr(b, tmp);
        f += 2;
    } else if (f[0] == 'z' && f[1] == 'u') {
        snprintf(tmp, sizeof tmp, "%zu", va_arg(*ap, size_t));
        ok = buf_append_cstr(b, tmp);
        f += 1;
    } else {
        switch (*f) {
        case 's': ok = buf_append_cstr(b, va_arg(*ap, const char *)); break;
        case 'd': snprintf(tmp, sizeof tmp, "%d", va_arg(*ap, int)); ok = buf_append_cstr(b, tmp); break;
        case 'u': snprintf(tmp, sizeof tmp, "%u", va_arg(*ap, unsigned)); ok = buf_append_cstr(b, tmp); break;
        case 'c': ok = buf_append_char(b, (char)va_arg(*ap, int)); break;
        case 'T': ok = buf_append_cstr(b, value_type_name(va_arg(*ap, Value))); break;
        case 'R': ok = ops_repr(r, va_arg(*ap, Value), b); break;
        case 'S': ok = ops_str(r, va_arg(*ap, Value), b); break;
        case '%': ok = buf_append_char(b, '%'); break;
        default: ok = buf_append_char(b, *f); break;
        }
    }
    *pf = f + 1;
    return ok;
}

bool exc_raise(Run *r, const ObjType *cls, const char *fmt, ...) {
    // an exception raised while formatting the message (a failing repr) wins, as in CPython
    Buf b;
    buf_init(&b, r);
    va_list ap;
    va_start(ap, fmt);
    bool ok = true;
    for (const char *f = fmt; *f && ok;) {
        if (*f != '%') {
            const char *pct = strchr(f, '%');
            size_t n = pct ? (size_t)(pct - f) : strlen(f);
            ok = buf_append(&b, f, n);
            f += n;
        } else {
            f++;
            ok = exc_format_one(r, &b, &f, &ap);
        }
    }
    va_end(ap);
    if (!ok) {
        buf_fini(&b);
        return false;
    }
    Obj *msg = buf_to_str(&b);
    if (!msg || !gc_push_root(r, v_obj(msg))) return false;
    Obj *args = tuple_new(r, 1);
    if (args) ((ObjTuple *)args)->items[0] = v_obj(msg);
    Obj *e = args ? exc_new(r, cls, args) : NULL;
    gc_pop_roots(r, 1);
    if (e) r->exc = v_obj(e);
    return false;
}

bool exc_raise_value(Run *r, Value exc) {
    if (is_exception(exc)) {
        r->exc = exc;
        return false;
    }
    if (exc.tag == VAL_OBJ && exc.as.obj->type == &type_type) {
        const ObjType *cls = (const ObjType *)exc.as.obj;
        if (type_is_subtype(cls, &exc_BaseException)) {
            Obj *e = exc_new(r, cls, NULL);
            if (e) r->exc = v_obj(e);
            return false;
        }
    }
    return exc_raise(r, &exc_TypeError, "exceptions must derive from BaseException");
}

// The `self` of the running frame when it is an instance of a class (CPython's NameError hint
// first asks whether self has the missing name); undef otherwise.
static Value running_self(const Run *r) {
    if (!r->frame_count) return v_undef();
    const Frame *f = &r->frames[r->frame_count - 1];
    for (uint32_t k = 0; k < f->code->local_count; k++) {
        if (!str_equal_cstr((const ObjStr *)f->code->varnames[k], "self")) continue;
        Value self = r->stack[f->base + k];
        return !is_undef(self) && type_is_class(value_type(self)) ? self : v_undef();
    }
    return v_undef();
}

void exc_set_name(Run *r, Obj *name, Value obj) {
    if (!is_exception(r->exc)) return;
    ObjException *e = (ObjException *)r->exc.as.obj;
    e->name = v_obj(name);
    if (is_undef(obj) && e->base.type == &exc_NameError) obj = running_self(r);
    e->obj = obj;
}

void exc_clear(Run *r) {
    r->exc = v_undef();
}

bool exc_pending_is(const Run *r, const ObjType *cls) {
    return is_exception(r->exc) && type_is_subtype(r->exc.as.obj->type, cls);
}

// e may be held only by the caller: kept reachable while the link is made
static bool exc_push_entry(Run *r, ObjException *e, TracebackEntry entry) {
    if (!gc_push_root(r, v_obj(&e->base))) return false;
    bool ok = traceback_push(r, &e->traceback, entry);
    gc_pop_roots(r, 1);
    return ok;
}

bool exc_add_traceback(Run *r, ObjException *e, const void *code, uint32_t insn) {
    if (((const Code *)code)->flags & CODE_HIDDEN) return true;
    return exc_push_entry(r, e, (TracebackEntry){.code = code, .insn = insn});
}

bool exc_add_lib_traceback(Run *r, ObjException *e, const struct LibFrame *lib, uint32_t line) {
    return exc_push_entry(r, e, (TracebackEntry){.lib = lib, .insn = line});
}

Value exc_traceback(Value exc) {
    Obj *tb = as_exc(exc)->traceback;
    return tb ? v_obj(tb) : v_none();
}
