// The builtins namespace: the built-in functions, and the table that names them together
// with the built-in types and exception classes.
#include "interp/builtins.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "interp/args.h"
#include "interp/builtins_async.h"
#include "interp/buf.h"
#include "interp/exc.h"
#include "interp/modules.h"
#include "interp/mod_collections_abc.h"
#include "interp/mod_enum.h"
#include "interp/obj_bytearray.h"
#include "interp/obj_class.h"
#include "interp/obj_class_boxed.h"
#include "interp/obj_class_descr.h"
#include "interp/obj_class_meta.h"
#include "interp/obj_class_typeddict.h"
#include "interp/obj_complex.h"
#include "interp/code.h"
#include "interp/format.h"
#include "interp/frame.h"
#include "interp/gc.h"
#include "interp/libframes.h"
#include "interp/mod_sys.h"
#include "interp/mod_typing.h"
#include "interp/mod_typing_alias.h"
#include "interp/numfmt_int.h"
#include "interp/obj_str_char.h"
#include "interp/obj_bytes.h"
#include "interp/obj_dict.h"
#include "interp/obj_iter.h"
#include "interp/obj_range.h"
#include "interp/obj_set.h"
#include "interp/obj_slice.h"
#include "interp/obj_float.h"
#include "interp/obj_func.h"
#include "interp/obj_gen.h"
#include "interp/obj_int.h"
#include "interp/obj_int_methods.h"
#include "interp/obj_list.h"
#include "interp/obj_list_sort.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"
#include "interp/vm.h"
#include "parser/ast.h"

bool builtins_write(Run *r, const char *s, size_t n) {
    // guard: the captured output limit
    if (r->max_output && (r->output_bytes + n > r->max_output || r->output_bytes + n < n)) {
        r->abort = ABORT_OUTPUT;
        return false;
    }
    r->output_bytes += n;
    if (r->print && n) r->print(r->print_ctx, s, n);
    return true;
}

// print(*objects, sep=' ', end='\n', flush=False)
static bool bi_print(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    Value sep = v_undef(), end = v_undef(), file = v_none();
    for (uint32_t k = 0; k < a->nkw; k++) {
        const ObjStr *name = (const ObjStr *)a->kwnames[k];
        Value v = a->kwvalues[k];
        if (str_equal_cstr(name, "sep")) sep = v;
        else if (str_equal_cstr(name, "end")) end = v;
        else if (str_equal_cstr(name, "flush")) continue;
        else if (str_equal_cstr(name, "file")) file = v;
        else {
            static const char *const names[] = {"sep", "end", "file", "flush"};
            return args_unexpected_keyword(r, "print", a->kwnames[k], names, 4);
        }
    }
    for (int k = 0; k < 2; k++) {
        Value v = k == 0 ? sep : end;
        if (!is_undef(v) && !is_none(v) && !is_str(v)) {
            return exc_raise(r, &exc_TypeError, "%s must be None or a string, not %s",
                             k == 0 ? "sep" : "end", value_type_name(v));
        }
    }
    // guard: there are no files in the sandbox, only sys.stdout and sys.stderr
    bool to_stdout = true;
    if (!is_none(file) && !mod_sys_is_stream(file, &to_stdout)) {
        return exc_raise(r, &exc_AttributeError, "'%s' object has no attribute 'write'",
                         value_type_name(file));
    }
    Buf b;
    buf_init(&b, r);
    bool ok = true;
    for (uint32_t k = 0; k < a->npos && ok; k++) {
        if (k) {
            ok = is_str(sep) ? buf_append(&b, as_str(sep)->data, as_str(sep)->len)
                             : buf_append_char(&b, ' ');
        }
        if (ok) ok = ops_str(r, a->pos[k], &b);
    }
    if (ok) {
        ok = is_str(end) ? buf_append(&b, as_str(end)->data, as_str(end)->len)
                         : buf_append_char(&b, '\n');
    }
    if (ok && to_stdout) ok = builtins_write(r, b.data, b.len);
    buf_fini(&b);
    *out = v_none();
    return ok;
}

static bool bi_len(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!args_positional(r, a, "len", 1, 1)) return false;
    int64_t n;
    if (!ops_len(r, a->pos[0], &n)) return false;
    *out = v_int(n);
    return true;
}

static bool bi_repr(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!args_positional(r, a, "repr", 1, 1)) return false;
    return ops_repr_value(r, a->pos[0], out);
}

static bool bi_ascii(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!args_positional(r, a, "ascii", 1, 1)) return false;
    return format_value(r, a->pos[0], 3, v_undef(), out);
}

static bool bi_format(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!args_positional(r, a, "format", 1, 2)) return false;
    Value spec = a->npos == 2 ? a->pos[1] : v_undef();
    if (!is_undef(spec) && !is_str(spec)) {
        return exc_raise(r, &exc_TypeError, "format() argument 2 must be str, not %s",
                         is_none(spec) ? "None" : value_type_name(spec));
    }
    return format_value(r, a->pos[0], 0, spec, out);
}

static bool bi_abs(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!args_positional(r, a, "abs", 1, 1)) return false;
    Value v = mod_enum_data_value(a->pos[0]);  // an IntEnum member is its int
    if (v.tag == VAL_INT && v.as.i != INT64_MIN) {
        *out = v_int(v.as.i < 0 ? -v.as.i : v.as.i);
        return true;
    }
    if (v.tag == VAL_FLOAT) {
        *out = float_from_double(r, fabs(v.as.f));
        return true;
    }
    if (is_complex(v)) return complex_abs_value(r, v, out);
    bool neg;
    Value zero = v_int(0), cmp;
    if (value_type(v) == &type_bool) {
        *out = v_int(v.as.b);
        return true;
    }
    bool found = false;
    if (type_is_class(value_type(v)) && !class_call_dunder(r, v, "__abs__", NULL, 0, out, &found)) {
        return false;
    }
    if (found) return true;
    if (value_type(v) != &type_int) {
        return exc_raise(r, &exc_TypeError, "bad operand type for abs(): '%s'", value_type_name(v));
    }
    if (!ops_compare(r, v, zero, AST_CMP_LT, &cmp)) return false;
    neg = cmp.as.b;
    if (!neg) {
        *out = v;
        return true;
    }
    return ops_unary(r, v, AST_UOP_NEG, out);
}

static bool isinstance_of(Run *r, Value obj, Value cls, const char *fname, bool *out) {
    if (cls.tag == VAL_OBJ && cls.as.obj->type == &type_tuple) {
        ObjTuple *t = (ObjTuple *)cls.as.obj;
        *out = false;
        for (size_t k = 0; k < t->len && !*out; k++) {
            if (!isinstance_of(r, obj, t->items[k], fname, out)) return false;
        }
        return true;
    }
    const ObjTuple *members = mod_typing_union_args(cls);  // int | str, Optional[int]
    if (members) {
        *out = false;
        for (size_t k = 0; k < members->len && !*out; k++) {
            if (!isinstance_of(r, obj, members->items[k], fname, out)) return false;
        }
        return true;
    }
    if (is_obj(cls) && cls.as.obj->type == &type_generic_alias) {
        return exc_raise(r, &exc_TypeError, "%s() argument 2 cannot be a parameterized generic", fname);
    }
    if (typeddict_is_class(cls)) {
        // _TypedDictMeta's __instancecheck__ is its __subclasscheck__
        exc_raise(r, &exc_TypeError, "TypedDict does not support instance and class checks");
        LIBFRAMES_ADD(r, LF_TYPING_TYPEDDICT_CHECK);
        return false;
    }
    if (is_obj(cls) && cls.as.obj->type == &type_typing_alias) {
        // typing's _GenericAlias: __instancecheck__ hands over to __subclasscheck__
        exc_raise(r, &exc_TypeError, "Subscripted generics cannot be used with class and instance checks");
        if (strcmp(fname, "isinstance") == 0) {
            LIBFRAMES_ADD(r, LF_TYPING_SUBCLASSCHECK, LF_TYPING_INSTANCECHECK);
        } else {
            LIBFRAMES_ADD(r, LF_TYPING_SUBCLASSCHECK);
        }
        return false;
    }
    const ObjType *origin = mod_typing_bare_alias_origin(cls);  // typing.List is list here
    if (origin) cls = v_obj((Obj *)origin);
    if (cls.tag != VAL_OBJ || cls.as.obj->type != &type_type) {
        bool issub = strcmp(fname, "issubclass") == 0;
        return exc_raise(r, &exc_TypeError,
                         "%s() arg 2 must be a %s, a tuple of %s, or a union", fname,
                         issub ? "class" : "type", issub ? "classes" : "types");
    }
    const ObjType *want = (const ObjType *)cls.as.obj;
    const ObjType *have = strcmp(fname, "isinstance") == 0 ? meta_type_of(obj)
                                                            : (const ObjType *)obj.as.obj;
    if (have != want || strcmp(fname, "isinstance") != 0) {
        // a metaclass's __instancecheck__ / __subclasscheck__ decides
        Value res;
        bool found;
        const char *hook = strcmp(fname, "isinstance") == 0 ? "__instancecheck__" : "__subclasscheck__";
        if (!meta_call_dunder(r, cls, hook, &obj, 1, &res, &found)) return false;
        if (found) return ops_truthy(r, res, out);
    }
    if (mod_collections_abc_is(want)) {
        *out = mod_collections_abc_subclass(have, want);
        return true;
    }
    *out = type_is_subtype(have, want) || mod_enum_derives_from_value_type(have, want);
    if (!*out && type_is_class(want) && ((const ObjClass *)want)->protocol != PROTOCOL_NONE &&
        strcmp(fname, "isinstance") == 0) {
        return class_protocol_isinstance(r, (const ObjClass *)want, obj, out);
    }
    return true;
}

static bool bi_isinstance(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!args_positional(r, a, "isinstance", 2, 2)) return false;
    bool b;
    if (!isinstance_of(r, a->pos[0], a->pos[1], "isinstance", &b)) return false;
    *out = v_bool(b);
    return true;
}

static bool bi_issubclass(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!args_positional(r, a, "issubclass", 2, 2)) return false;
    if (a->pos[0].tag != VAL_OBJ || a->pos[0].as.obj->type != &type_type) {
        return exc_raise(r, &exc_TypeError, "issubclass() arg 1 must be a class");
    }
    bool b;
    if (!isinstance_of(r, a->pos[0], a->pos[1], "issubclass", &b)) return false;
    *out = v_bool(b);
    return true;
}

static bool bi_hash(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!args_positional(r, a, "hash", 1, 1)) return false;
    int64_t h;
    if (!ops_hash(r, a->pos[0], &h)) return false;
    *out = v_int(h);
    return true;
}

static bool bi_id(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!args_positional(r, a, "id", 1, 1)) return false;
    Value v = a->pos[0];
    // small values have no address: derive a stable number from the value
    *out = v_int(v.tag == VAL_OBJ ? (int64_t)run_object_id(r, v.as.obj)
                                  : (int64_t)(v.as.i * 2 + v.tag));
    return true;
}

static bool bi_callable(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!args_positional(r, a, "callable", 1, 1)) return false;
    *out = v_bool(value_type(a->pos[0])->slots.call != NULL);
    return true;
}

// globals(): the script's module namespace itself, as a live dict
static bool bi_globals(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!args_positional(r, a, "globals", 0, 0)) return false;
    *out = v_obj(r->globals);
    return true;
}

// The local variables of frame f in CPython's order: the locals (parameters first; a captured
// one read from its cell), then the other captured locals, then the free variables. Unbound
// names are left out.
static bool frame_locals_dict(Run *r, const Frame *f, Obj *d) {
    const Code *code = f->code;
    const Value *slots = r->stack + f->base;
    const Value *cells = slots + code->local_count;
    r->concat_str = NULL;  // the dict is one more reference to what the locals hold (vm.c)
    for (uint32_t k = 0; k < code->local_count; k++) {
        Value v = slots[k];
        for (uint32_t j = 0; j < code->cell_count; j++) {
            if (code->cell_local[j] == k) v = ((const ObjCell *)cells[j].as.obj)->value;
        }
        if (!is_undef(v) && !dict_set(r, d, v_obj(code->varnames[k]), v)) return false;
    }
    for (uint32_t j = 0; j < code->cell_count + code->free_count; j++) {
        bool cell = j < code->cell_count;
        if (cell && code->cell_local[j] != UINT32_MAX) continue;
        Value v = ((const ObjCell *)cells[j].as.obj)->value;
        Obj *name = cell ? code->cellnames[j] : code->freenames[j - code->cell_count];
        if (!is_undef(v) && !dict_set(r, d, v_obj(name), v)) return false;
    }
    return true;
}

// locals(): the module namespace at module level, else a new dict of the caller's locals
static bool bi_locals(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!args_positional(r, a, "locals", 0, 0)) return false;
    const Frame *f = r->frame_count ? &r->frames[r->frame_count - 1] : NULL;
    if (!f || !f->func) {
        *out = v_obj(r->globals);
        return true;
    }
    Obj *d = dict_new(r);
    if (!d || !gc_push_root(r, v_obj(d))) return false;
    bool ok = frame_locals_dict(r, f, d);
    gc_pop_roots(r, 1);
    if (ok) *out = v_obj(d);
    return ok;
}

// vars(): locals(); vars(module): its namespace; vars(obj): obj.__dict__
static bool bi_vars(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "vars", 0, 1)) return false;
    if (a->npos == 0) return bi_locals(r, self, a, out);
    if (is_obj(a->pos[0]) && value_type(a->pos[0]) == &type_module) {
        *out = v_obj(module_dict(a->pos[0].as.obj));
        return true;
    }
    Obj *name = str_from_cstr(r, "__dict__");
    if (!name || !gc_push_root(r, v_obj(name))) return false;
    bool found = ops_getattr(r, a->pos[0], name, out);
    gc_pop_roots(r, 1);
    if (found) return true;
    if (!exc_pending_is(r, &exc_AttributeError)) return false;
    exc_clear(r);
    return exc_raise(r, &exc_TypeError, "vars() argument must have __dict__ attribute");
}

static bool bi_getattr(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!args_positional(r, a, "getattr", 2, 3)) return false;
    if (!is_str(a->pos[1])) {
        return exc_raise(r, &exc_TypeError, "attribute name must be string, not '%s'",
                         value_type_name(a->pos[1]));
    }
    if (ops_getattr(r, a->pos[0], a->pos[1].as.obj, out)) return true;
    if (a->npos == 3 && exc_pending_is(r, &exc_AttributeError)) {
        exc_clear(r);
        *out = a->pos[2];
        return true;
    }
    return false;
}

static bool bi_hasattr(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!args_positional(r, a, "hasattr", 2, 2)) return false;
    if (!is_str(a->pos[1])) {
        return exc_raise(r, &exc_TypeError, "attribute name must be string, not '%s'",
                         value_type_name(a->pos[1]));
    }
    Value v;
    if (ops_getattr(r, a->pos[0], a->pos[1].as.obj, &v)) {
        *out = v_bool(true);
        return true;
    }
    if (!exc_pending_is(r, &exc_AttributeError)) return false;
    exc_clear(r);
    *out = v_bool(false);
    return true;
}

static bool bi_setattr(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!args_positional(r, a, "setattr", 3, 3)) return false;
    if (!is_str(a->pos[1])) {
        return exc_raise(r, &exc_TypeError, "attribute name must be string, not '%s'",
                         value_type_name(a->pos[1]));
    }
    *out = v_none();
    return ops_setattr(r, a->pos[0], a->pos[1].as.obj, a->pos[2]);
}

// dir(obj): sorted attribute names (without an argument it would need the caller's locals).
// The sorted keys of namespace dict d (rooted by the caller).
static bool sorted_names(Run *r, Value d, Value *out) {
    Obj *keys = list_new(r, 0);
    if (!keys || !gc_push_root(r, v_obj(keys))) return false;
    bool ok = list_extend(r, keys, d) && list_sort(r, keys, v_none(), false);
    gc_pop_roots(r, 1);
    *out = v_obj(keys);
    return ok;
}

// dir(): the names of the current scope; dir(module): its namespace; dir(obj): its attributes
static bool bi_dir(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "dir", 0, 1)) return false;
    if (a->npos == 0) {
        Value scope;
        if (!bi_locals(r, self, a, &scope) || !gc_push_root(r, scope)) return false;
        bool ok = sorted_names(r, scope, out);
        gc_pop_roots(r, 1);
        return ok;
    }
    Value v = a->pos[0];
    if (is_obj(v) && value_type(v) == &type_module) {
        return sorted_names(r, v_obj(module_dict(v.as.obj)), out);
    }
    return class_dir(r, v, out);
}

static bool bi_delattr(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!args_positional(r, a, "delattr", 2, 2)) return false;
    if (!is_str(a->pos[1])) {
        return exc_raise(r, &exc_TypeError, "attribute name must be string, not '%s'",
                         value_type_name(a->pos[1]));
    }
    *out = v_none();
    return ops_setattr(r, a->pos[0], a->pos[1].as.obj, v_undef());
}

// iter(callable, sentinel): calls callable until it returns sentinel.
typedef struct ObjCallIter {
    Obj base;
    Value callable, sentinel;  // callable undef once exhausted
} ObjCallIter;

static void calliter_trace(Run *r, Obj *o) {
    gc_mark_value(r, ((ObjCallIter *)o)->callable);
    gc_mark_value(r, ((ObjCallIter *)o)->sentinel);
}

static IterStep calliter_next(Run *r, Value it, Value *out) {
    ObjCallIter *ci = (ObjCallIter *)it.as.obj;
    if (is_undef(ci->callable)) return ITER_END;
    Args none = {0};
    if (!vm_call(r, ci->callable, &none, out)) return ITER_ERROR;
    bool eq;
    if (!gc_push_root(r, *out)) return ITER_ERROR;
    bool ok = ops_eq(r, *out, ci->sentinel, &eq);
    gc_pop_roots(r, 1);
    if (!ok) return ITER_ERROR;
    if (!eq) return ITER_ITEM;
    ci->callable = v_undef();
    return ITER_END;
}

static const ObjType type_callable_iterator = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "callable_iterator",
    .id = TYPE_ITERATOR,
    .base_type = &type_object,
    .slots = {.hash = identity_hash, .iter = iter_self, .next = calliter_next,
              .trace = calliter_trace},
};

static bool bi_iter(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!args_positional(r, a, "iter", 1, 2)) return false;
    if (a->npos == 1) return ops_iter(r, a->pos[0], out);
    if (!value_type(a->pos[0])->slots.call) {
        return exc_raise(r, &exc_TypeError, "iter(v, w): v must be callable");
    }
    ObjCallIter *ci = gc_new(r, ObjCallIter, &type_callable_iterator);
    if (!ci) return false;
    ci->callable = a->pos[0];
    ci->sentinel = a->pos[1];
    *out = v_obj(&ci->base);
    return true;
}

static bool bi_next(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!args_positional(r, a, "next", 1, 2)) return false;
    if (!value_type(a->pos[0])->slots.next) {
        return exc_raise(r, &exc_TypeError, "'%s' object is not an iterator",
                         value_type_name(a->pos[0]));
    }
    if (a->npos == 1 && type_is_class(value_type(a->pos[0]))) {
        // the StopIteration a class's __next__ raises is next()'s, with its traceback
        bool found;
        return class_call_dunder(r, a->pos[0], "__next__", NULL, 0, out, &found);
    }
    IterStep s = ops_next(r, a->pos[0], out);
    if (s == ITER_ITEM) return true;
    if (s == ITER_ERROR) return false;
    if (a->npos == 2) {
        *out = a->pos[1];
        return true;
    }
    // a generator's return value travels in the StopIteration
    Obj *args = NULL;
    if (is_generator(a->pos[0]) && !is_none(*out) && !is_undef(*out)) {
        if (!gc_push_root(r, *out)) return false;
        args = tuple_new(r, 1);
        gc_pop_roots(r, 1);
        if (!args) return false;
        ((ObjTuple *)args)->items[0] = *out;
    }
    Obj *e = exc_new(r, &exc_StopIteration, args);
    if (e) r->exc = v_obj(e);
    return false;
}

// all()/any(): the first item whose truth is `stop_on` decides.
static bool bi_all_any(Run *r, const Args *a, const char *name, bool stop_on, Value *out) {
    if (!args_positional(r, a, name, 1, 1)) return false;
    Value it, item;
    if (!ops_iter(r, a->pos[0], &it) || !gc_push_root(r, it)) return false;
    bool result = !stop_on, ok = false;
    IterStep s;
    while ((s = ops_next(r, it, &item)) == ITER_ITEM) {
        bool t;
        if (!ops_truthy(r, item, &t)) goto done;
        if (t == stop_on) {
            result = stop_on;
            break;
        }
    }
    ok = s != ITER_ERROR;
    *out = v_bool(result);
done:
    gc_pop_roots(r, 1);
    return ok;
}

static bool bi_all(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    return bi_all_any(r, a, "all", false, out);
}

static bool bi_any(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    return bi_all_any(r, a, "any", true, out);
}

// sum()'s float and complex loops: Neumaier's compensated summation, as CPython 3.12+ does.
typedef struct FloatSum {
    double sum, c;
} FloatSum;

static void float_sum_add(FloatSum *fs, double x) {
    double t = fs->sum + x;
    if (fabs(fs->sum) >= fabs(x)) fs->c += (fs->sum - t) + x;
    else fs->c += (x - t) + fs->sum;
    fs->sum = t;
}

static double float_sum_total(const FloatSum *fs) {
    return fs->c != 0.0 && isfinite(fs->c) ? fs->sum + fs->c : fs->sum;
}

// An item the float and complex loops add as a real: any int (OverflowError past the float
// range) or float, subclasses included. *real false for other items.
static bool sum_real_item(Run *r, Value item, bool *real, double *out) {
    item = boxed_unbox(item);
    *real = true;
    if (item.tag == VAL_FLOAT) {
        *out = item.as.f;
        return true;
    }
    if (int_check(item)) return int_to_double(r, item, out);
    *real = false;
    return true;
}

// Each loop adds the items it can to *acc (rooted by the caller) and stops at the end, at an
// error, or at an item it cannot add (ITER_ITEM, the item in *item).
static IterStep sum_ints(Run *r, Value it, Value *acc, Value *item) {
    IterStep s;
    int64_t total;
    while ((s = ops_next(r, it, item)) == ITER_ITEM) {
        if (item->tag != VAL_INT && item->tag != VAL_BOOL) break;
        int64_t add = item->tag == VAL_BOOL ? item->as.b : item->as.i;
        if (__builtin_add_overflow(acc->as.i, add, &total)) break;
        acc->as.i = total;
    }
    return s;
}

static IterStep sum_floats(Run *r, Value it, Value *acc, Value *item) {
    FloatSum fs = {acc->as.f, 0.0};
    IterStep s;
    bool real;
    double x;
    while ((s = ops_next(r, it, item)) == ITER_ITEM) {
        if (!sum_real_item(r, *item, &real, &x)) s = ITER_ERROR;
        if (s == ITER_ERROR || !real) break;
        float_sum_add(&fs, x);
    }
    *acc = float_from_double(r, float_sum_total(&fs));
    return s;
}

// Complex items (not subclasses') add part by part; reals add to the real part alone.
static IterStep sum_complexes(Run *r, Value it, Value *acc, Value *item) {
    Complex z = as_complex(*acc);
    FloatSum re = {z.real, 0.0}, im = {z.imag, 0.0};
    IterStep s;
    bool real;
    double x;
    while ((s = ops_next(r, it, item)) == ITER_ITEM) {
        if (is_complex(*item)) {
            float_sum_add(&re, as_complex(*item).real);
            float_sum_add(&im, as_complex(*item).imag);
            continue;
        }
        if (!sum_real_item(r, *item, &real, &x)) s = ITER_ERROR;
        if (s == ITER_ERROR || !real) break;
        float_sum_add(&re, x);
    }
    if (s == ITER_ERROR) return s;
    // the item that stopped the loop must survive the allocation
    if (s == ITER_ITEM && !gc_push_root(r, *item)) return ITER_ERROR;
    bool ok = complex_new(r, (Complex){float_sum_total(&re), float_sum_total(&im)}, acc);
    if (s == ITER_ITEM) gc_pop_roots(r, 1);
    return ok ? s : ITER_ERROR;
}

// One loop: ITER_ITEM when it stopped at an item, which is then added to *acc generically.
static IterStep sum_phase(Run *r, Value it, Value *acc,
                          IterStep (*loop)(Run *, Value, Value *, Value *)) {
    Value item;
    IterStep s = loop(r, it, acc, &item);
    r->roots[r->root_count - 1] = *acc;
    if (s != ITER_ITEM) return s;
    if (!ops_binary(r, *acc, item, AST_OP_ADD, acc)) return ITER_ERROR;
    r->roots[r->root_count - 1] = *acc;
    return ITER_ITEM;
}

// sum(iterable, /, start=0): CPython's phases, each entered once, in order, while the total
// is of its type: small ints, floats, complex numbers, then generic addition. Float and
// complex totals are compensated sums, so they round as CPython's do.
static bool bi_sum(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    static const char *const names[] = {"iterable", "start"};
    static const ArgSpec spec = {"sum", names, 2, 1, 2, 1};
    Value p[2];
    if (!args_bind(r, a, &spec, p)) return false;
    Value acc = is_undef(p[1]) ? v_int(0) : p[1];
    if (is_str(acc)) {
        return exc_raise(r, &exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    }
    if (is_byteslike(acc)) {
        return exc_raise(r, &exc_TypeError, "sum() can't sum %s [use b''.join(seq) instead]",
                         value_type_name(acc));
    }
    Value it, item;
    if (!ops_iter(r, p[0], &it) || !gc_push_root(r, it)) return false;
    if (!gc_push_root(r, acc)) {
        gc_pop_roots(r, 1);
        return false;
    }
    IterStep s = ITER_ITEM;
    if (acc.tag == VAL_INT) s = sum_phase(r, it, &acc, sum_ints);
    if (s == ITER_ITEM && acc.tag == VAL_FLOAT) s = sum_phase(r, it, &acc, sum_floats);
    if (s == ITER_ITEM && is_complex(acc)) s = sum_phase(r, it, &acc, sum_complexes);
    while (s == ITER_ITEM && (s = ops_next(r, it, &item)) == ITER_ITEM) {
        if (!ops_binary(r, acc, item, AST_OP_ADD, &acc)) s = ITER_ERROR;
        r->roots[r->root_count - 1] = acc;
    }
    gc_pop_roots(r, 2);
    *out = acc;
    return s == ITER_END;
}

// min()/max() over one iterable or several arguments, with key= and default=.
static bool bi_minmax(Run *r, const Args *a, const char *name, int op, Value *out) {
    Value key = v_undef(), dflt = v_undef();
    for (uint32_t k = 0; k < a->nkw; k++) {
        const ObjStr *kw = (const ObjStr *)a->kwnames[k];
        if (str_equal_cstr(kw, "key")) key = a->kwvalues[k];
        else if (str_equal_cstr(kw, "default")) dflt = a->kwvalues[k];
        else {
            static const char *const names[] = {"key", "default"};
            return args_unexpected_keyword(r, name, a->kwnames[k], names, 2);
        }
    }
    if (a->npos == 0) {
        return exc_raise(r, &exc_TypeError, "%s expected at least 1 argument, got 0", name);
    }
    if (a->npos > 1 && !is_undef(dflt)) {
        return exc_raise(r, &exc_TypeError,
                         "Cannot specify a default for %s() with multiple positional arguments", name);
    }
    Value src = v_undef();
    if (a->npos == 1) {
        src = a->pos[0];
    } else {
        Obj *t = tuple_new(r, a->npos);
        if (!t) return false;
        memcpy(((ObjTuple *)t)->items, a->pos, a->npos * sizeof(Value));
        src = v_obj(t);
    }
    if (is_none(key)) key = v_undef();
    Value it, item, best = v_undef(), best_key = v_undef();
    if (!gc_push_root(r, src)) return false;
    if (!ops_iter(r, src, &it) || !gc_push_root(r, it)) {
        gc_pop_roots(r, 1);
        return false;
    }
    uint32_t base = r->root_count;
    bool ok = gc_push_root(r, best) && gc_push_root(r, best_key);
    IterStep s = ITER_END;
    while (ok && (s = ops_next(r, it, &item)) == ITER_ITEM) {
        Value k = item;
        if (!is_undef(key)) {
            if (!gc_push_root(r, item)) {
                ok = false;
                break;
            }
            Args ka = {&item, 1, 0, NULL, NULL};
            ok = vm_call(r, key, &ka, &k);
            gc_pop_roots(r, 1);
            if (!ok) break;
        }
        bool better = is_undef(best);
        if (!better) {
            Value cmp;
            if (!ops_compare(r, k, best_key, op, &cmp) || !ops_truthy(r, cmp, &better)) {
                ok = false;
                break;
            }
        }
        if (better) {
            best = item;
            best_key = k;
            r->roots[base] = best;
            r->roots[base + 1] = best_key;
        }
    }
    if (s == ITER_ERROR) ok = false;
    gc_pop_roots(r, r->root_count - base + 2);
    if (!ok) return false;
    if (is_undef(best)) {
        if (!is_undef(dflt)) {
            *out = dflt;
            return true;
        }
        return exc_raise(r, &exc_ValueError, "%s() iterable argument is empty", name);
    }
    *out = best;
    return true;
}

static bool bi_min(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    return bi_minmax(r, a, "min", AST_CMP_LT, out);
}

static bool bi_max(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    return bi_minmax(r, a, "max", AST_CMP_GT, out);
}

// sorted(iterable, /, *, key=None, reverse=False)
static bool bi_sorted(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    // sorted(iterable, /, **kwargs) lists the iterable, then calls list.sort(**kwargs)
    if (a->npos != 1) {
        return exc_raise(r, &exc_TypeError, "sorted expected 1 argument, got %u", a->npos);
    }
    Obj *l = list_from_iterable(r, a->pos[0]);
    if (!l || !gc_push_root(r, v_obj(l))) return false;
    Args kwargs = *a;
    kwargs.npos = 0;
    Value none;
    bool ok = list_sort_method(r, v_obj(l), &kwargs, &none);
    gc_pop_roots(r, 1);
    if (ok) *out = v_obj(l);
    return ok;
}

static bool bi_chr(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!args_positional(r, a, "chr", 1, 1)) return false;
    Value v = a->pos[0];
    bool found;
    if (!class_index(r, v, &v, &found)) return false;
    if (value_type(v) != &type_int && value_type(v) != &type_bool) {
        return exc_raise(r, &exc_TypeError, "'%s' object cannot be interpreted as an integer",
                         value_type_name(v));
    }
    // an int past int64 is out of range as any other (CPython 3.14 no longer overflows)
    int64_t cp = v.tag == VAL_BOOL ? v.as.b : v.tag == VAL_INT ? v.as.i : -1;
    if (cp < 0 || cp > 0x10FFFF) return exc_raise(r, &exc_ValueError, "chr() arg not in range(0x110000)");
    char u[4];
    size_t n = str_char_encode((uint32_t)cp, u);
    Obj *s = str_new(r, u, n);
    if (!s) return false;
    *out = v_obj(s);
    return true;
}

static bool bi_ord(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!args_positional(r, a, "ord", 1, 1)) return false;
    Value v = boxed_unbox(a->pos[0]);
    if (is_byteslike(v)) {
        const ObjBytes *b = bytes_storage(v);
        if (b->len != 1) {
            return exc_raise(r, &exc_TypeError,
                             "ord() expected a character, but string of length %zu found", b->len);
        }
        *out = v_int((unsigned char)b->data[0]);
        return true;
    }
    if (!is_str(v)) {
        return exc_raise(r, &exc_TypeError, "ord() expected string of length 1, but %s found",
                         value_type_name(v));
    }
    ObjStr *s = as_str(v);
    if (s->chars != 1) {
        return exc_raise(r, &exc_TypeError, "ord() expected a character, but string of length %zu found",
                         s->chars);
    }
    size_t pos = 0;
    *out = v_int(numfmt_utf8_next(s->data, s->len, &pos));
    return true;
}

// bin()/oct()/hex()
static bool bi_base(Run *r, const Args *a, const char *name, int base, Value *out) {
    if (!args_positional(r, a, name, 1, 1)) return false;
    Value v = a->pos[0];
    bool found;
    if (!class_index(r, v, &v, &found)) return false;
    if (v.tag == VAL_BOOL) v = v_int(v.as.b);
    if (value_type(v) != &type_int) {
        return exc_raise(r, &exc_TypeError, "'%s' object cannot be interpreted as an integer",
                         value_type_name(v));
    }
    Buf b;
    buf_init(&b, r);
    NumBuf nb;
    NumfmtError err;
    buf_numbuf(&b, &nb);
    IntView view;
    bool ok = numfmt_int_to_text(&nb, int_as_numfmt(v, &view), base, true, 0, &err);
    buf_numbuf_done(&b, &nb);
    if (!ok) {
        buf_fini(&b);
        return exc_raise(r, &exc_MemoryError, "");
    }
    Obj *s = buf_to_str(&b);
    if (!s) return false;
    *out = v_obj(s);
    return true;
}

static bool bi_bin(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    return bi_base(r, a, "bin", 2, out);
}

static bool bi_oct(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    return bi_base(r, a, "oct", 8, out);
}

static bool bi_hex(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    return bi_base(r, a, "hex", 16, out);
}

static bool bi_divmod(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!args_positional(r, a, "divmod", 2, 2)) return false;
    Value q, m;
    // a class's __divmod__ / __rdivmod__ first
    if (!class_divmod(r, a->pos[0], a->pos[1], out)) return false;
    if (!is_undef(*out)) return true;
    // otherwise only numbers divide: other operands are named as divmod's, not //'s
    for (int k = 0; k < 2; k++) {
        Value x = mod_enum_data_value(boxed_unbox(a->pos[k]));  // IntEnum members are ints
        if (!int_check(x) && !is_float(x)) {
            return exc_raise(r, &exc_TypeError,
                             "unsupported operand type(s) for divmod(): '%s' and '%s'",
                             value_type_name(a->pos[0]), value_type_name(a->pos[1]));
        }
    }
    if (!ops_binary(r, a->pos[0], a->pos[1], AST_OP_FLOORDIV, &q)) return false;
    if (!gc_push_root(r, q)) return false;
    // both results stay rooted while the tuple is allocated
    bool ok = ops_binary(r, a->pos[0], a->pos[1], AST_OP_MOD, &m) && gc_push_root(r, m);
    Obj *t = ok ? tuple_pack2(r, q, m) : NULL;
    gc_pop_roots(r, ok ? 2 : 1);
    if (!t) return false;
    *out = v_obj(t);
    return true;
}

static bool bi_pow(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    static const char *const names[] = {"base", "exp", "mod"};
    static const ArgSpec spec = {"pow", names, 3, 0, 3, 2};
    Value p[3];
    if (!args_bind(r, a, &spec, p)) return false;
    if (is_undef(p[2]) || is_none(p[2])) return ops_binary(r, p[0], p[1], AST_OP_POW, out);
    bool found = false;
    if (type_is_class(value_type(p[0])) && !class_call_dunder(r, p[0], "__pow__", p + 1, 2, out, &found)) {
        return false;
    }
    if (found) return true;
    // the first number's power that takes part decides, as CPython's ternary_op: int's
    // declines a non-int, float's refuses a modulus, complex's says "complex modulo"
    for (int k = 0; k < 3 && !is_float(p[k]); k++) {
        if (is_complex(p[k])) return exc_raise(r, &exc_ValueError, "complex modulo");
    }
    for (int k = 0; k < 3; k++) p[k] = mod_enum_data_value(p[k]);  // IntEnum members are ints
    return int_pow_mod(r, p[0], p[1], p[2], out);
}

static bool bi_round(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    static const char *const names[] = {"number", "ndigits"};
    static const ArgSpec spec = {"round", names, 2, 0, 2, 1};
    Value p[2];
    if (!args_bind(r, a, &spec, p)) return false;
    Value x = mod_enum_data_value(p[0]), nd = is_none(p[1]) ? v_undef() : p[1];
    if (x.tag == VAL_FLOAT) return float_round(r, x.as.f, nd, out);
    bool found = false;
    if (type_is_class(value_type(x)) &&
        !class_call_dunder(r, x, "__round__", &p[1], is_undef(p[1]) ? 0 : 1, out, &found)) {
        return false;
    }
    if (found) return true;
    if (!int_check(x)) {
        return exc_raise(r, &exc_TypeError, "type %s doesn't define __round__ method",
                         value_type_name(x));
    }
    return int_round(r, x, nd, out);
}

#define BUILTIN(N, FN) STATIC_BUILTIN(N, FN, 0)
// A built-in that consumes its argument whole (METHOD_DRAINS).
#define BUILTIN_DRAINS(N, FN) STATIC_BUILTIN(N, FN, METHOD_DRAINS)
// One that also takes a key= the VM computes first (METHOD_KEYS).
#define BUILTIN_KEYS(N, FN) STATIC_BUILTIN(N, FN, METHOD_DRAINS | METHOD_KEYS)
BUILTIN("abs", bi_abs)
BUILTIN("vars", bi_vars)
BUILTIN("dir", bi_dir)
BUILTIN("all", bi_all)
BUILTIN("any", bi_any)
BUILTIN("ascii", bi_ascii)
BUILTIN("bin", bi_bin)
BUILTIN("callable", bi_callable)
BUILTIN("chr", bi_chr)
BUILTIN("divmod", bi_divmod)
BUILTIN("format", bi_format)
BUILTIN("getattr", bi_getattr)
BUILTIN("globals", bi_globals)
BUILTIN("hasattr", bi_hasattr)
BUILTIN("hash", bi_hash)
BUILTIN("hex", bi_hex)
BUILTIN("id", bi_id)
BUILTIN("isinstance", bi_isinstance)
BUILTIN("issubclass", bi_issubclass)
BUILTIN("iter", bi_iter)
BUILTIN("len", bi_len)
BUILTIN("locals", bi_locals)
BUILTIN_KEYS("max", bi_max)
BUILTIN_KEYS("min", bi_min)
BUILTIN("next", bi_next)
BUILTIN("oct", bi_oct)
BUILTIN("ord", bi_ord)
BUILTIN("pow", bi_pow)
BUILTIN("print", bi_print)
BUILTIN("repr", bi_repr)
BUILTIN("round", bi_round)
STATIC_BUILTIN("sorted", bi_sorted, METHOD_DRAINS | METHOD_KEYS | METHOD_SORTS)
BUILTIN_DRAINS("sum", bi_sum)
BUILTIN("setattr", bi_setattr)
BUILTIN("delattr", bi_delattr)
#undef BUILTIN

typedef struct BuiltinEntry {
    const char *name;
    const Obj *obj;
} BuiltinEntry;

// Sorted by name (bytewise; a unit test checks it) for binary search.
static const BuiltinEntry builtin_table[] = {
    {"ArithmeticError", &exc_ArithmeticError.base},
    {"AssertionError", &exc_AssertionError.base},
    {"AttributeError", &exc_AttributeError.base},
    {"BaseException", &exc_BaseException.base},
    {"BaseExceptionGroup", &exc_BaseExceptionGroup.base},
    {"BlockingIOError", &exc_BlockingIOError.base},
    {"BrokenPipeError", &exc_BrokenPipeError.base},
    {"BufferError", &exc_BufferError.base},
    {"BytesWarning", &exc_BytesWarning.base},
    {"ChildProcessError", &exc_ChildProcessError.base},
    {"ConnectionAbortedError", &exc_ConnectionAbortedError.base},
    {"ConnectionError", &exc_ConnectionError.base},
    {"ConnectionRefusedError", &exc_ConnectionRefusedError.base},
    {"ConnectionResetError", &exc_ConnectionResetError.base},
    {"DeprecationWarning", &exc_DeprecationWarning.base},
    {"EOFError", &exc_EOFError.base},
    {"Ellipsis", &obj_ellipsis},
    {"EncodingWarning", &exc_EncodingWarning.base},
    {"EnvironmentError", &exc_OSError.base},  // an alias, as in CPython
    {"Exception", &exc_Exception.base},
    {"ExceptionGroup", &exc_ExceptionGroup.base},
    {"FileExistsError", &exc_FileExistsError.base},
    {"FileNotFoundError", &exc_FileNotFoundError.base},
    {"FloatingPointError", &exc_FloatingPointError.base},
    {"FutureWarning", &exc_FutureWarning.base},
    {"GeneratorExit", &exc_GeneratorExit.base},
    {"IOError", &exc_OSError.base},  // an alias, as in CPython
    {"ImportError", &exc_ImportError.base},
    {"ImportWarning", &exc_ImportWarning.base},
    {"IndentationError", &exc_IndentationError.base},
    {"IndexError", &exc_IndexError.base},
    {"InterruptedError", &exc_InterruptedError.base},
    {"IsADirectoryError", &exc_IsADirectoryError.base},
    {"KeyError", &exc_KeyError.base},
    {"KeyboardInterrupt", &exc_KeyboardInterrupt.base},
    {"LookupError", &exc_LookupError.base},
    {"MemoryError", &exc_MemoryError.base},
    {"ModuleNotFoundError", &exc_ModuleNotFoundError.base},
    {"NameError", &exc_NameError.base},
    {"NotADirectoryError", &exc_NotADirectoryError.base},
    {"NotImplemented", &obj_notimpl},
    {"NotImplementedError", &exc_NotImplementedError.base},
    {"OSError", &exc_OSError.base},
    {"OverflowError", &exc_OverflowError.base},
    {"PendingDeprecationWarning", &exc_PendingDeprecationWarning.base},
    {"PermissionError", &exc_PermissionError.base},
    {"ProcessLookupError", &exc_ProcessLookupError.base},
    {"RecursionError", &exc_RecursionError.base},
    {"ReferenceError", &exc_ReferenceError.base},
    {"ResourceWarning", &exc_ResourceWarning.base},
    {"RuntimeError", &exc_RuntimeError.base},
    {"RuntimeWarning", &exc_RuntimeWarning.base},
    {"StopAsyncIteration", &exc_StopAsyncIteration.base},
    {"StopIteration", &exc_StopIteration.base},
    {"SyntaxError", &exc_SyntaxError.base},
    {"SyntaxWarning", &exc_SyntaxWarning.base},
    {"SystemError", &exc_SystemError.base},
    {"SystemExit", &exc_SystemExit.base},
    {"TabError", &exc_TabError.base},
    {"TimeoutError", &exc_TimeoutError.base},
    {"TypeError", &exc_TypeError.base},
    {"UnboundLocalError", &exc_UnboundLocalError.base},
    {"UnicodeDecodeError", &exc_UnicodeDecodeError.base},
    {"UnicodeEncodeError", &exc_UnicodeEncodeError.base},
    {"UnicodeError", &exc_UnicodeError.base},
    {"UnicodeWarning", &exc_UnicodeWarning.base},
    {"UserWarning", &exc_UserWarning.base},
    {"ValueError", &exc_ValueError.base},
    {"Warning", &exc_Warning.base},
    {"ZeroDivisionError", &exc_ZeroDivisionError.base},
    {"abs", &obj_bi_abs.base},
    {"aiter", &builtins_aiter.base},
    {"all", &obj_bi_all.base},
    {"anext", &builtins_anext.base},
    {"any", &obj_bi_any.base},
    {"ascii", &obj_bi_ascii.base},
    {"bin", &obj_bi_bin.base},
    {"bool", &type_bool.base},
    {"bytearray", &type_bytearray.base},
    {"bytes", &type_bytes.base},
    {"callable", &obj_bi_callable.base},
    {"chr", &obj_bi_chr.base},
    {"classmethod", &type_classmethod.base},
    {"complex", &type_complex.base},
    {"delattr", &obj_bi_delattr.base},
    {"dict", &type_dict.base},
    {"dir", &obj_bi_dir.base},
    {"divmod", &obj_bi_divmod.base},
    {"enumerate", &type_enumerate.base},
    {"exit", &mod_sys_exit.base},
    {"filter", &type_filter.base},
    {"float", &type_float.base},
    {"format", &obj_bi_format.base},
    {"frozenset", &type_frozenset.base},
    {"getattr", &obj_bi_getattr.base},
    {"globals", &obj_bi_globals.base},
    {"hasattr", &obj_bi_hasattr.base},
    {"hash", &obj_bi_hash.base},
    {"hex", &obj_bi_hex.base},
    {"id", &obj_bi_id.base},
    {"int", &type_int.base},
    {"isinstance", &obj_bi_isinstance.base},
    {"issubclass", &obj_bi_issubclass.base},
    {"iter", &obj_bi_iter.base},
    {"len", &obj_bi_len.base},
    {"list", &type_list.base},
    {"locals", &obj_bi_locals.base},
    {"map", &type_map.base},
    {"max", &obj_bi_max.base},
    {"min", &obj_bi_min.base},
    {"next", &obj_bi_next.base},
    {"object", &type_object.base},
    {"oct", &obj_bi_oct.base},
    {"ord", &obj_bi_ord.base},
    {"pow", &obj_bi_pow.base},
    {"print", &obj_bi_print.base},
    {"property", &type_property.base},
    {"quit", &mod_sys_quit.base},
    {"range", &type_range.base},
    {"repr", &obj_bi_repr.base},
    {"reversed", &type_reversed.base},
    {"round", &obj_bi_round.base},
    {"set", &type_set.base},
    {"setattr", &obj_bi_setattr.base},
    {"slice", &type_slice.base},
    {"sorted", &obj_bi_sorted.base},
    {"staticmethod", &type_staticmethod.base},
    {"str", &type_str.base},
    {"sum", &obj_bi_sum.base},
    {"super", &type_super.base},
    {"tuple", &type_tuple.base},
    {"type", &type_type.base},
    {"vars", &obj_bi_vars.base},
    {"zip", &type_zip.base},
};

static const BuiltinEntry *builtins_find(const char *name, size_t len) {
    size_t lo = 0, hi = sizeof builtin_table / sizeof *builtin_table;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const char *e = builtin_table[mid].name;
        int c = strncmp(e, name, len);
        if (c == 0 && e[len] != '\0') c = 1;
        if (c == 0) return &builtin_table[mid];
        if (c < 0) lo = mid + 1;
        else hi = mid;
    }
    return NULL;
}

bool builtins_lookup(const ObjStr *name, Value *out) {
    const BuiltinEntry *e = builtins_find(name->data, name->len);
    if (!e) return false;
    *out = v_obj((Obj *)e->obj);
    return true;
}

bool builtins_has(const char *name) {
    return builtins_find(name, strlen(name)) != NULL;
}

const char *builtins_name_at(size_t k) {
    return k < sizeof builtin_table / sizeof *builtin_table ? builtin_table[k].name : NULL;
}
