// enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique. Members are instances of the class (object's
// layout) holding name, value, _name_ and _value_; the class keeps them in definition order
// (ObjClass.enum_members) and by name, aliases included (ObjClass.enum_map).
#include "interp/mod_enum.h"

#include <ctype.h>
#include <string.h>

#include "interp/args.h"
#include "interp/exc.h"
#include "interp/format.h"
#include "interp/gc.h"
#include "interp/libframes.h"
#include "interp/obj_complex.h"
#include "interp/modules.h"
#include "interp/obj_class_descr.h"
#include "interp/obj_dict.h"
#include "interp/obj_func.h"
#include "interp/obj_list.h"
#include "interp/obj_str.h"
#include "interp/obj_str_percent.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"
#include "interp/vm.h"
#include "parser/ast.h"

static bool enum_repr(Run *r, Value v, Buf *out);

const ObjType mod_enum_Enum = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "Enum",
    .module = "enum",
    .id = TYPE_OBJECT,
    .construct = mod_enum_functional,
    .base_type = &type_object,
};
const ObjType mod_enum_IntEnum = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "IntEnum",
    .module = "enum",
    .id = TYPE_OBJECT,
    .construct = mod_enum_functional,
    .base_type = &mod_enum_Enum,
};
const ObjType mod_enum_StrEnum = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "StrEnum",
    .module = "enum",
    .id = TYPE_OBJECT,
    .construct = mod_enum_functional,
    .base_type = &mod_enum_Enum,
};

const ObjType mod_enum_Flag = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "Flag",
    .module = "enum",
    .id = TYPE_OBJECT,
    .construct = mod_enum_functional,
    .base_type = &mod_enum_Enum,
};

// IntFlag members are ints and flags at once; its boundary is KEEP: bits no member has stay.
const ObjType mod_enum_IntFlag = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "IntFlag",
    .module = "enum",
    .id = TYPE_OBJECT,
    .construct = mod_enum_functional,
    .base_type = &mod_enum_Flag,
};

const ObjType mod_enum_EnumType = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "EnumType",
    .module = "enum",
    .id = TYPE_TYPE,
    .base_type = &type_type,
};

int mod_enum_kind_of(const ObjType *base) {
    if (base == &mod_enum_IntFlag) return ENUM_INTFLAG;
    if (base == &mod_enum_IntEnum) return ENUM_INT;
    if (base == &mod_enum_StrEnum) return ENUM_STR;
    if (base == &mod_enum_Flag) return ENUM_FLAG;
    return base == &mod_enum_Enum ? ENUM_PLAIN : ENUM_NONE;
}

bool mod_enum_bases(Obj *bases) {
    const ObjTuple *t = (const ObjTuple *)bases;
    for (size_t k = 0; k < t->len; k++) {
        const ObjType *b = (const ObjType *)t->items[k].as.obj;
        if (mod_enum_kind_of(b) || (type_is_class(b) && ((const ObjClass *)b)->enum_kind)) return true;
    }
    return false;
}

// auto(): a placeholder the class statement replaces with the next value.
static const Obj obj_auto;

static bool auto_construct(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    if (!args_positional(r, a, "auto", 0, 0)) return false;
    *out = v_obj((Obj *)&obj_auto);
    return true;
}

static bool auto_repr(Run *r, Value v, Buf *out) {
    (void)r;
    (void)v;
    return buf_append_cstr(out, "auto(_auto_null)");
}

static const ObjType type_auto = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "auto",
    .module = "enum",
    .id = TYPE_OBJECT,
    .base_type = &type_object,
    .construct = auto_construct,
    .slots = {.repr = auto_repr},
};
static const Obj obj_auto = {.type = &type_auto, .flags = OBJ_STATIC};

// ---- members ----

static Value member_attr(Value m, const char *name) {
    Obj *d = class_instance_dict(m);
    if (!d) return v_none();
    size_t pos = 0;
    Value k, v;
    while (dict_next(d, &pos, &k, &v)) {
        if (str_equal_cstr(as_str(k), name)) return v;
    }
    return v_none();
}

static Value member_value(Value m) {
    return member_attr(m, "_value_");
}

static const ObjClass *enum_class_of(Value v) {
    const ObjType *t = value_type(v);
    return type_is_class(t) && ((const ObjClass *)t)->enum_members ? (const ObjClass *)t : NULL;
}

// Attributes and methods are not members; everything else the body binds to a public name is.
static bool is_enum_attribute(Value v) {
    if (v.tag != VAL_OBJ) return false;
    const ObjType *t = v.as.obj->type;
    return is_function(v) || t == &type_staticmethod || t == &type_classmethod || t == &type_property ||
           t == &type_builtin || t == &type_type;
}

// enum's rule for the names that make no member: _sunder_, __dunder__ and private names
// (`__x` in the body of class C is `_C__x`).
static bool is_reserved_member_name(const ObjStr *s) {
    const char *n = s->data;
    size_t len = s->len;
    if (len > 2 && n[0] == '_' && n[len - 1] == '_' && n[1] != '_' && n[len - 2] != '_') return true;
    if (len > 4 && memcmp(n, "__", 2) == 0 && memcmp(n + len - 2, "__", 2) == 0 && n[2] != '_' && n[len - 3] != '_') {
        return true;
    }
    const char *mangled = len > 1 && n[0] == '_' && n[1] != '_' ? strstr(n + 1, "__") : NULL;
    return mangled && (size_t)(mangled - n) + 2 < len && !(n[len - 1] == '_' && n[len - 2] == '_');
}

static bool is_member_candidate(Value k, Value v) {
    return is_str(k) && !is_reserved_member_name(as_str(k)) && !is_enum_attribute(v);
}

static bool next_value(Run *r, ObjClass *c, Value hook, Value name, Obj *values, int64_t last, Value *out);
static Value next_value_hook(const ObjClass *c);

// auto() assigned in a class body that defines _generate_next_value_ or inherits one from a
// class statement's enum: its value now, as _EnumDict.__setitem__ computes it (the built-in
// enums' auto() values are made with the members).
static bool namespace_auto(Run *r, Obj *ns, Obj *name, Value *v) {
    Value hook = v_undef(), inherited = v_undef(), key, val;
    size_t pos = 0;
    while (is_undef(hook) && dict_next(ns, &pos, &key, &val)) {
        if (is_str(key) && str_equal_cstr(as_str(key), "_generate_next_value_")) hook = val;
        if (key.tag == VAL_OBJ && key.as.obj == &type_auto.base) inherited = val;
    }
    if (is_undef(hook)) hook = inherited;
    if (is_obj(hook) && value_type(hook) == &type_staticmethod) hook = ((const ObjDescr *)hook.as.obj)->func;
    if (is_undef(hook)) return true;
    Obj *values = list_new(r, 0);
    if (!values || !gc_push_root(r, v_obj(values))) return false;
    bool ok = true;
    for (pos = 0; ok && dict_next(ns, &pos, &key, &val);) {
        if (is_member_candidate(key, val)) ok = list_append(r, values, val);
    }
    ok = ok && next_value(r, NULL, hook, v_obj(name), values, 0, v);
    gc_pop_roots(r, 1);
    if (!ok) LIBFRAMES_ADD(r, LF_ENUM_SETITEM_AUTO);
    return ok;
}

// The inherited hook waits in the body's namespace under a key no body can bind (a body's
// are str): the class auto.
static Value hook_key(void) {
    return v_obj((Obj *)&type_auto.base);
}

bool mod_enum_body_begin(Run *r, ObjClass *c) {
    if (!mod_enum_bases(c->bases)) return true;
    c->dict->flags |= OBJ_ENUM_BODY;
    const ObjTuple *bases = as_tuple(v_obj(c->bases));
    for (size_t k = 0; k < bases->len; k++) {
        if (!is_class_value(bases->items[k])) continue;
        Value hook = next_value_hook((const ObjClass *)bases->items[k].as.obj);
        if (!is_undef(hook)) return dict_set(r, c->dict, hook_key(), hook);
    }
    return true;
}

bool mod_enum_body_end(Run *r, ObjClass *c) {
    if (!(c->dict->flags & OBJ_ENUM_BODY)) return true;
    c->dict->flags &= ~(uint32_t)OBJ_ENUM_BODY;
    bool found;
    return dict_del(r, c->dict, hook_key(), &found);
}

// Whether the body assigned auto() already: its values wait in the namespace until the class
// is made (those a _generate_next_value_ computed at once are not seen).
static bool auto_called(Obj *ns) {
    size_t pos = 0;
    Value k, v;
    while (dict_next(ns, &pos, &k, &v)) {
        if (v.tag == VAL_OBJ && v.as.obj == &obj_auto) return true;
    }
    return false;
}

bool mod_enum_namespace_set(Run *r, Obj *ns, Obj *name, Value v) {
    const ObjStr *n = (const ObjStr *)name;
    // _sunder_ and __dunder__ names are the class's own; others may be bound again only when
    // both bindings are attributes (methods, properties): a member is never rebound
    bool special = n->len > 2 && n->data[0] == '_' && n->data[n->len - 1] == '_';
    Value old = special ? v_undef() : dict_get_str(ns, (ObjStr *)name);
    if (!is_undef(old) && !(is_enum_attribute(old) && is_enum_attribute(v))) {
        exc_raise(r, &exc_TypeError, "'%s' already defined as %R", ((ObjStr *)name)->data, old);
        // _EnumDict.__setitem__ raises on one line for a member bound again, on another for
        // an attribute that would become a member
        LIBFRAMES_ADD(r, is_enum_attribute(old) ? LF_ENUM_SETITEM : LF_ENUM_SETITEM_MEMBER);
        return false;
    }
    if (special && str_equal_cstr(n, "_generate_next_value_") && auto_called(ns)) {
        exc_raise(r, &exc_TypeError, "_generate_next_value_ must be defined before members");
        LIBFRAMES_ADD(r, LF_ENUM_SETITEM_HOOK_LATE);
        return false;
    }
    if (special || v.tag != VAL_OBJ || v.as.obj != &obj_auto) return dict_set(r, ns, v_obj(name), v);
    if (!namespace_auto(r, ns, name, &v) || !gc_push_root(r, v)) return false;
    bool ok = dict_set(r, ns, v_obj(name), v);
    gc_pop_roots(r, 1);
    return ok;
}

// IntEnum and StrEnum members are their values for str(), hashing, comparisons, arithmetic.
static bool is_value_like(int kind) {
    return kind == ENUM_INT || kind == ENUM_STR || kind == ENUM_INTFLAG;
}

static bool is_flag_kind(int kind) {
    return kind == ENUM_FLAG || kind == ENUM_INTFLAG;
}

static bool is_int_kind(int kind) {
    return kind == ENUM_INT || kind == ENUM_INTFLAG;
}

bool mod_enum_auto_value(Run *r, int kind, Value name, int64_t last, Value *out) {
    if (is_flag_kind(kind)) {
        int64_t bit = 1;
        while (last > 0 && bit <= last && bit < INT64_MAX / 2) bit <<= 1;
        *out = v_int(bit);
        return true;
    }
    if (kind != ENUM_STR) {
        *out = v_int(last + 1);
        return true;
    }
    ObjStr *n = as_str(name);
    Buf b;  // str_new may give a shared str (one letter): the copy is lowered before
    buf_init(&b, r);
    bool ok = true;
    for (size_t k = 0; ok && k < n->len; k++) ok = buf_append_char(&b, (char)tolower((unsigned char)n->data[k]));
    Obj *s = ok ? buf_to_str(&b) : NULL;
    if (!ok) buf_fini(&b);
    if (!s) return false;
    *out = v_obj(s);
    return true;
}

static bool set_member_field(Run *r, Value m, const char *name, Value v) {
    Obj *key = str_from_cstr(r, name);
    return key && class_generic_setattr(r, m, key, v);
}

// A member: an instance with its name and value, passed to the class's __init__ if any.
static bool make_member(Run *r, ObjClass *c, Value name, Value value, Value *out) {
    if (c->enum_kind == ENUM_STR && !is_str(value)) {
        return exc_raise(r, &exc_TypeError, "%R is not a string", value);
    }
    if (is_int_kind(c->enum_kind) && value_type(value) != &type_int && !is_bool(value)) {
        exc_raise(r, &exc_ValueError, "invalid literal for int() with base 10: %R", value);
        LIBFRAMES_ADD(r, LF_ENUM_SET_NAME, LF_ENUM_CLASS_NEW);
        return false;
    }
    Value m;
    if (!class_alloc_instance(r, &c->type, NULL, &m) || !gc_push_root(r, m)) return false;
    bool ok = set_member_field(r, m, "_name_", name) && set_member_field(r, m, "_value_", value) &&
              set_member_field(r, m, "name", name) && set_member_field(r, m, "value", value);
    Value init = class_lookup(&c->type, "__init__"), res;
    if (ok && is_function(init)) {
        bool tuple = is_tuple(value);
        Args a = {tuple ? as_tuple(value)->items : &value, tuple ? (uint32_t)as_tuple(value)->len : 1, 0, NULL, NULL};
        ok = class_call_bound(r, init, m, &a, &res);
    }
    gc_pop_roots(r, 1);
    *out = m;
    return ok;
}

// An existing member with this value (aliases share it), or undef.
static bool find_by_value(Run *r, const ObjList *members, Value value, Value *out) {
    *out = v_undef();
    for (size_t k = 0; k < members->len; k++) {
        bool eq;
        if (!ops_eq(r, member_value(members->items[k]), value, &eq)) return false;
        if (eq) {
            *out = members->items[k];
            return true;
        }
    }
    return true;
}

static bool check_extend(Run *r, const ObjClass *c) {
    const ObjTuple *bases = as_tuple(v_obj(c->bases));
    for (size_t k = 0; k < bases->len; k++) {
        Value b = bases->items[k];
        if (is_class_value(b) && ((const ObjClass *)b.as.obj)->enum_members &&
            as_tuple(v_obj(((const ObjClass *)b.as.obj)->enum_members))->len) {
            exc_raise(r, &exc_TypeError, "<enum '%s'> cannot extend <enum '%s'>", c->type.name,
                      ((const ObjType *)b.as.obj)->name);
            LIBFRAMES_ADD(r, LF_ENUM_CHECK_EXISTING, LF_ENUM_PREPARE);
            return false;
        }
    }
    return true;
}

// The class's own _generate_next_value_(name, start, count, last_values), which CPython calls
// unbound (a plain function or a staticmethod); undef when it has none.
static Value next_value_hook(const ObjClass *c) {
    Value f = class_lookup(&c->type, "_generate_next_value_");
    if (is_obj(f) && value_type(f) == &type_staticmethod) f = ((const ObjDescr *)f.as.obj)->func;
    return f;
}

// What auto() stands for at this point of the class body: `values` holds the values given so far.
static bool next_value(Run *r, ObjClass *c, Value hook, Value name, Obj *values, int64_t last, Value *out) {
    if (is_undef(hook)) return mod_enum_auto_value(r, c->enum_kind, name, last, out);
    Obj *copy = list_new(r, 0);
    if (!copy || !gc_push_root(r, v_obj(copy))) return false;
    bool ok = list_extend(r, copy, v_obj(values));
    Value args[4] = {name, v_int(1), v_int((int64_t)((ObjList *)values)->len), v_obj(copy)};
    Args a = {args, 4, 0, NULL, NULL};
    ok = ok && vm_call(r, hook, &a, out);
    gc_pop_roots(r, 1);
    return ok;
}

static bool enum_add_members(Run *r, ObjClass *c, Obj *copy, Obj *members, Obj *map) {
    size_t pos = 0;
    Value k, v;
    int64_t last = 0;
    Value hook = next_value_hook(c);
    Obj *values = list_new(r, 0);
    if (!values || !gc_push_root(r, v_obj(values))) return false;
    bool ok = true;
    while (ok && dict_next(copy, &pos, &k, &v)) {
        if (!is_member_candidate(k, v)) continue;
        if (v.tag == VAL_OBJ && v.as.obj == &obj_auto) ok = next_value(r, c, hook, k, values, last, &v);
        if (!ok || !gc_push_root(r, v)) {
            ok = false;
            break;
        }
        if (is_int(v)) last = v.as.i;
        Value m;
        ok = list_append(r, values, v) && find_by_value(r, (const ObjList *)members, v, &m);
        if (ok && is_undef(m)) ok = make_member(r, c, k, v, &m) && gc_push_root(r, m) && list_append(r, members, m);
        else if (ok) ok = gc_push_root(r, m);
        ok = ok && dict_set(r, map, k, m) && dict_set(r, c->dict, k, m);
        gc_pop_roots(r, ok ? 2 : 1);
    }
    gc_pop_roots(r, 1);
    return ok;
}

// IntEnum and StrEnum members convert and format as their values.
static bool member_int(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "__index__", 0, 0)) return false;
    *out = member_value(self);
    return true;
}

static bool member_format(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "__format__", 1, 1)) return false;
    Value v = member_value(self);
    if (!is_str(a->pos[0])) {
        return exc_raise(r, &exc_TypeError, "argument to __format__ must be str, not %s", value_type_name(a->pos[0]));
    }
    if (as_str(a->pos[0])->len == 0) return ops_str_value(r, v, out);
    return format_spec(r, v, a->pos[0], out);
}

STATIC_METHOD(member_index_fn, "__index__", member_int)
STATIC_METHOD(member_int_fn, "__int__", member_int)
STATIC_METHOD(member_format_fn, "__format__", member_format)

static bool add_value_methods(Run *r, ObjClass *c) {
    const ObjBuiltin *const all[] = {&member_index_fn, &member_int_fn, &member_format_fn};
    // a mixin's members format as Enum's do: as their str()
    size_t end = c->enum_mixin ? 2 : 3;
    for (size_t k = is_int_kind(c->enum_kind) ? 0 : 2; k < end; k++) {
        if (!is_undef(class_lookup(&c->type, all[k]->def->name))) continue;
        Obj *key = str_from_cstr(r, all[k]->def->name);
        if (!key || !dict_set(r, c->dict, v_obj(key), v_obj((Obj *)&all[k]->base))) return false;
    }
    return true;
}

bool mod_enum_setup(Run *r, ObjClass *c) {
    if (!check_extend(r, c)) return false;
    if (is_value_like(c->enum_kind) && !add_value_methods(r, c)) return false;
    Obj *copy = dict_copy(r, c->dict);
    if (!copy || !gc_push_root(r, v_obj(copy))) return false;
    Obj *members = list_new(r, 0);
    if (!members || !gc_push_root(r, v_obj(members))) {
        gc_pop_roots(r, 1);
        return false;
    }
    Obj *map = dict_new(r);
    bool ok = map && gc_push_root(r, v_obj(map));
    if (ok) {
        c->enum_map = map;  // reachable from the class from here on
        gc_pop_roots(r, 1);
        ok = enum_add_members(r, c, copy, members, map);
    }
    Obj *t = ok ? tuple_from_iterable(r, v_obj(members)) : NULL;
    if (t) c->enum_members = t;
    gc_pop_roots(r, 2);
    return t != NULL;
}

// ---- member slots ----

static const char *enum_class_name(Value v) {
    return value_type(v)->name;
}

// A Flag with no bits set has no name: <Perm: 0>, Perm(0).
static bool enum_repr(Run *r, Value v, Buf *out) {
    Value name = member_attr(v, "_name_");
    if (!is_str(name)) return buf_printf(out, "<%s: ", enum_class_name(v)) && ops_repr(r, member_value(v), out) &&
                              buf_append_char(out, '>');
    return buf_printf(out, "<%s.%s: ", enum_class_name(v), as_str(name)->data) &&
           ops_repr(r, member_value(v), out) && buf_append_char(out, '>');
}

static bool enum_str(Run *r, Value v, Buf *out) {
    const ObjClass *c = enum_class_of(v);
    if (c && is_value_like(c->enum_kind) && !c->enum_mixin) return ops_str(r, member_value(v), out);
    Value name = member_attr(v, "_name_");
    if (!is_str(name)) return buf_printf(out, "%s(", enum_class_name(v)) && ops_repr(r, member_value(v), out) &&
                              buf_append_char(out, ')');
    return buf_printf(out, "%s.%s", enum_class_name(v), as_str(name)->data);
}

static bool enum_hash(Run *r, Value v, int64_t *out) {
    const ObjClass *c = enum_class_of(v);
    if (c && (is_value_like(c->enum_kind) || is_flag_kind(c->enum_kind))) return ops_hash(r, member_value(v), out);
    return ops_hash(r, member_attr(v, "_name_"), out);
}

static Value by_value(Value v) {
    return enum_class_of(v) ? member_value(v) : v;
}

// IntEnum and StrEnum members compare and compute (add, concatenate) as their values.
// The value's own slot answers (NotImplemented included), so a failed comparison names the
// enum's class, not its value's: "'<' not supported between instances of 'Weekday' and 'str'".
static bool enum_compare(Run *r, Value a, Value b, int op, Value *out) {
    Value ua = by_value(a);
    const ObjType *t = value_type(ua);
    if (!t->slots.compare) {
        *out = v_obj((Obj *)&obj_notimpl);
        return true;
    }
    return t->slots.compare(r, ua, by_value(b), op, out);
}

// As for comparisons, the values' own slots answer (NotImplemented too), so a failed operation
// names the enum's class: "unsupported operand type(s) for +: 'Color' and 'str'".
static bool enum_binary(Run *r, Value a, Value b, int op, Value *out) {
    // "%s" % member formats the member itself: its str() is the enum's to choose
    if (op == AST_OP_MOD && is_str(a)) return str_percent(r, as_str(a), b, out);
    bool left = enum_class_of(a) != NULL;
    Value ua = by_value(a), ub = by_value(b);
    const ObjType *mine = value_type(left ? ua : ub), *other = value_type(left ? ub : ua);
    *out = v_obj((Obj *)&obj_notimpl);
    if (mine->slots.binary && !mine->slots.binary(r, ua, ub, op, out)) return false;
    // int's slot leaves mixed arithmetic to float and complex (Color.RED + 1.5), which take
    // the value but not the member; other types' messages must name the member's class
    if (!is_notimpl(*out) || (other != &type_float && other != &type_complex)) return true;
    return other->slots.binary(r, ua, ub, op, out);
}

// The value's own protocols: len(Method.GET), Method.GET[0], "E" in Method.GET, iteration.
static bool enum_value_len(Run *r, Value v, int64_t *out) {
    return ops_len(r, member_value(v), out);
}

static bool enum_value_getitem(Run *r, Value v, Value key, Value *out) {
    return ops_getitem(r, member_value(v), key, out);
}

static bool enum_value_contains(Run *r, Value v, Value x, bool *out) {
    return ops_contains(r, member_value(v), x, out);
}

static bool enum_value_iter(Run *r, Value v, Value *out) {
    return ops_iter(r, member_value(v), out);
}

static bool enum_value_unary(Run *r, Value v, int op, Value *out) {
    return ops_unary(r, member_value(v), op, out);
}

static bool enum_value_truthy(Run *r, Value v, bool *out) {
    return ops_truthy(r, member_value(v), out);
}

// IntEnum and StrEnum members have their value's methods: Method.GET.lower() is "GET".lower().
static bool enum_value_getattr(Run *r, Value v, Obj *name, Value *out) {
    if (!class_instance_getattr(r, v, name, out)) return false;
    if (!is_undef(*out)) return true;
    if (str_equal_cstr((const ObjStr *)name, "__class__")) {
        *out = v_obj((Obj *)value_type(v));
        return true;
    }
    Value value = member_value(v);
    const MethodDef *m;
    for (uint32_t k = 0; (m = ops_method_at(value_type(value), k)); k++) {
        if (str_equal_cstr((const ObjStr *)name, m->name) && !(m->flags & METHOD_CLASS)) {
            return method_bind(r, value, m, out);
        }
    }
    // and its attributes (real, numerator, ...); what it lacks, the member lacks
    if (ops_getattr(r, value, name, out)) return true;
    if (!exc_pending_is(r, &exc_AttributeError)) return false;
    exc_clear(r);
    *out = v_undef();
    return true;
}

// A member's name and value are read-only.
static bool enum_member_setattr(Run *r, Value v, Obj *name, Value val) {
    const ObjStr *n = (const ObjStr *)name;
    if (str_equal_cstr(n, "name") || str_equal_cstr(n, "value")) {
        exc_raise(r, &exc_AttributeError, "<enum 'Enum'> cannot set attribute '%s'", n->data);
        LIBFRAMES_ADD(r, LF_ENUM_MEMBER_SET);
        return false;
    }
    return class_instance_setattr(r, v, name, val);
}

bool mod_enum_check_class_setattr(Run *r, const ObjClass *c, Obj *name, Value val) {
    if (!c->enum_map || is_undef(dict_get_str(c->enum_map, (ObjStr *)name))) return true;
    if (is_undef(val)) {
        exc_raise(r, &exc_AttributeError, "'%s' cannot delete member '%s'.", c->type.name,
                  ((ObjStr *)name)->data);
        LIBFRAMES_ADD(r, LF_ENUM_DELATTR);
        return false;
    }
    exc_raise(r, &exc_AttributeError, "cannot reassign member '%s'", ((ObjStr *)name)->data);
    LIBFRAMES_ADD(r, LF_ENUM_SETATTR);
    return false;
}

Value mod_enum_data_value(Value v) {
    const ObjClass *c = enum_class_of(v);
    return c && is_value_like(c->enum_kind) ? member_value(v) : v;
}

bool mod_enum_derives_from_value_type(const ObjType *t, const ObjType *want) {
    if (!type_is_class(t)) return false;
    int kind = ((const ObjClass *)t)->enum_kind;
    return (is_int_kind(kind) && want == &type_int) || (kind == ENUM_STR && want == &type_str);
}

// ---- Flag ----

// The bits of a Flag member (its int value).
static int64_t flag_bits(Value m) {
    Value v = member_value(m);
    return is_int(v) ? v.as.i : 0;
}

static bool is_flag_of(Value v, const ObjType *t) {
    return value_type(v) == t && type_is_class(t) && is_flag_kind(((const ObjClass *)t)->enum_kind);
}

// CPython's STRICT boundary message, the bits shown as `0b0 1000` against the allowed ones.
static bool flag_invalid(Run *r, const ObjClass *c, int64_t bits, int64_t all) {
    char given[80], allowed[80];
    int width = 1;
    while (width < 63 && ((bits >> width) || (all >> width))) width++;
    for (int k = 0; k < width; k++) {
        given[k] = (char)('0' + ((bits >> (width - 1 - k)) & 1));
        allowed[k] = (char)('0' + ((all >> (width - 1 - k)) & 1));
    }
    given[width] = allowed[width] = '\0';
    return exc_raise(r, &exc_ValueError, "<flag '%s'> invalid value %lld\n    given 0b0 %s\n  allowed 0b0 %s",
                     c->type.name, (long long)bits, given, allowed);
}

// The members iterating a Flag class gives: those of a single bit (aliases of several are left
// out), in definition order.
static bool flag_canonical(Value m) {
    int64_t b = flag_bits(m);
    return b > 0 && (b & (b - 1)) == 0;
}

bool mod_enum_iter(Run *r, const ObjClass *c, Value *out) {
    if (!is_flag_kind(c->enum_kind)) return ops_iter(r, v_obj(c->enum_members), out);
    const ObjTuple *members = as_tuple(v_obj(c->enum_members));
    Obj *list = list_new(r, 0);
    if (!list || !gc_push_root(r, v_obj(list))) return false;
    bool ok = true;
    for (size_t k = 0; ok && k < members->len; k++) {
        if (flag_canonical(members->items[k])) ok = list_append(r, list, members->items[k]);
    }
    ok = ok && ops_iter(r, v_obj(list), out);
    gc_pop_roots(r, 1);
    return ok;
}

int64_t mod_enum_len(const ObjClass *c) {
    const ObjTuple *members = as_tuple(v_obj(c->enum_members));
    if (!is_flag_kind(c->enum_kind)) return (int64_t)members->len;
    int64_t n = 0;
    for (size_t k = 0; k < members->len; k++) n += flag_canonical(members->items[k]);
    return n;
}

// The member with these bits: a defined one, else a new pseudo-member named after the
// single-bit members it combines ("R|W"; no name for 0). Bits no member has: ValueError.
static bool flag_member(Run *r, const ObjClass *c, int64_t bits, Value *out) {
    const ObjTuple *members = as_tuple(v_obj(c->enum_members));
    int64_t all = 0;
    for (size_t k = 0; k < members->len; k++) all |= flag_bits(members->items[k]);
    bool keep = c->enum_kind == ENUM_INTFLAG;
    if (keep && bits < 0) {
        // IntFlag(-3): the bits of the complement within the members' bit length
        int width = 0;
        while (width < 62 && (all >> width)) width++;
        bits += (int64_t)1 << width;
    }
    for (size_t k = 0; k < members->len; k++) {
        if (flag_bits(members->items[k]) == bits) {
            *out = members->items[k];
            return true;
        }
    }
    if ((!keep && bits & ~all) || bits < 0) return flag_invalid(r, c, bits, all);
    Buf b;
    buf_init(&b, r);
    bool ok = true;
    for (size_t k = 0; ok && k < members->len; k++) {
        if (!flag_canonical(members->items[k]) || !(bits & flag_bits(members->items[k]))) continue;
        Value name = member_attr(members->items[k], "_name_");
        ok = buf_printf(&b, "%s%s", b.len ? "|" : "", as_str(name)->data);
    }
    // KEEP: bits no member has follow the names, as a number ("R|8"); alone they give no name
    if (ok && b.len && (bits & ~all)) ok = buf_printf(&b, "|%lld", (long long)(bits & ~all));
    Obj *name = NULL;
    if (ok && b.len) ok = (name = buf_to_str(&b)) != NULL;
    else buf_fini(&b);
    if (!ok) return false;
    if (name && !gc_push_root(r, v_obj(name))) return false;
    Value m = v_none();
    ok = class_alloc_instance(r, &c->type, NULL, &m) && gc_push_root(r, m);
    if (ok) {
        Value nv = name ? v_obj(name) : v_none();
        ok = set_member_field(r, m, "_name_", nv) && set_member_field(r, m, "_value_", v_int(bits)) &&
             set_member_field(r, m, "name", nv) && set_member_field(r, m, "value", v_int(bits));
        gc_pop_roots(r, 1);
    }
    if (name) gc_pop_roots(r, 1);
    *out = m;
    return ok;
}

// An operand of an IntFlag's bitwise operator: a member of it, or a plain int.
static bool intflag_operand(Value v, const ObjType *t, int64_t *bits) {
    if (is_flag_of(v, t)) *bits = flag_bits(v);
    else if (v.tag == VAL_INT) *bits = v.as.i;
    else return false;
    return true;
}

static bool flag_binary(Run *r, Value a, Value b, int op, Value *out) {
    const ObjType *t = enum_class_of(a) ? value_type(a) : value_type(b);
    bool intflag = ((const ObjClass *)t)->enum_kind == ENUM_INTFLAG;
    bool bitwise = op == AST_OP_BITOR || op == AST_OP_BITAND || op == AST_OP_BITXOR;
    int64_t x, y;
    if (intflag && bitwise && intflag_operand(a, t, &x) && intflag_operand(b, t, &y)) {
        int64_t bits = op == AST_OP_BITOR ? x | y : op == AST_OP_BITAND ? x & y : x ^ y;
        return flag_member(r, (const ObjClass *)t, bits, out);
    }
    if (intflag) return enum_binary(r, a, b, op, out);  // IntFlag.R + 1 is an int
    if (!is_flag_of(a, t) || !is_flag_of(b, t) || !bitwise) {
        *out = v_obj((Obj *)&obj_notimpl);
        return true;
    }
    x = flag_bits(a);
    y = flag_bits(b);
    int64_t bits = op == AST_OP_BITOR ? x | y : op == AST_OP_BITAND ? x & y : x ^ y;
    return flag_member(r, (const ObjClass *)t, bits, out);
}

// ~flag: the bits of the class's members that flag lacks.
static bool flag_unary(Run *r, Value v, int op, Value *out) {
    const ObjClass *c = (const ObjClass *)value_type(v);
    if (op != AST_UOP_INVERT && c->enum_kind == ENUM_INTFLAG) return ops_unary(r, member_value(v), op, out);
    if (op != AST_UOP_INVERT) {
        return exc_raise(r, &exc_TypeError, "bad operand type for unary %s: '%s'", op == AST_UOP_NEG ? "-" : "+",
                         c->type.name);
    }
    const ObjTuple *members = as_tuple(v_obj(c->enum_members));
    int64_t all = 0;
    for (size_t k = 0; k < members->len; k++) all |= flag_bits(members->items[k]);
    // IntFlag (KEEP) inverts within every bit up to the highest a member has: ~re.I has bit 0,
    // which no RegexFlag member has
    if (c->enum_kind == ENUM_INTFLAG) {
        int width = 0;
        while (width < 62 && (all >> width)) width++;
        all = ((int64_t)1 << width) - 1;
    }
    return flag_member(r, c, all & ~flag_bits(v), out);
}

// Flags compare equal by bits (pseudo-members are made afresh by each operation).
static bool flag_compare(Run *r, Value a, Value b, int op, Value *out) {
    (void)r;
    if ((op != AST_CMP_EQ && op != AST_CMP_NE) || value_type(a) != value_type(b)) {
        *out = v_obj((Obj *)&obj_notimpl);
        return true;
    }
    *out = v_bool((flag_bits(a) == flag_bits(b)) == (op == AST_CMP_EQ));
    return true;
}

static bool flag_contains(Run *r, Value v, Value x, bool *out) {
    if (!is_flag_of(x, value_type(v))) {
        return exc_raise(r, &exc_TypeError, "unsupported operand type(s) for 'in': '%s' and '%s'",
                         value_type_name(x), value_type_name(v));
    }
    *out = (flag_bits(v) & flag_bits(x)) == flag_bits(x);
    return true;
}

static bool flag_truthy(Run *r, Value v, bool *out) {
    (void)r;
    *out = flag_bits(v) != 0;
    return true;
}

// The single-bit members a flag combines, in definition order.
static bool flag_parts(Run *r, Value v, Obj **out) {
    const ObjTuple *members = as_tuple(v_obj(((const ObjClass *)value_type(v))->enum_members));
    Obj *list = list_new(r, 0);
    if (!list || !gc_push_root(r, v_obj(list))) return false;
    int64_t bits = flag_bits(v);
    bool ok = true;
    for (size_t k = 0; ok && k < members->len; k++) {
        Value m = members->items[k];
        if (flag_canonical(m) && (bits & flag_bits(m))) ok = list_append(r, list, m);
    }
    gc_pop_roots(r, 1);
    *out = list;
    return ok;
}

static bool flag_iter(Run *r, Value v, Value *out) {
    Obj *parts;
    if (!flag_parts(r, v, &parts) || !gc_push_root(r, v_obj(parts))) return false;
    bool ok = ops_iter(r, v_obj(parts), out);
    gc_pop_roots(r, 1);
    return ok;
}

static bool flag_len(Run *r, Value v, int64_t *out) {
    Obj *parts;
    if (!flag_parts(r, v, &parts)) return false;
    *out = (int64_t)((ObjList *)parts)->len;
    return true;
}

static void flag_fill_slots(const ObjType *t, TypeSlots *s) {
    if (is_undef(class_lookup(t, "__eq__"))) s->compare = flag_compare;
    if (!s->binary) s->binary = flag_binary;
    if (!s->unary) s->unary = flag_unary;
    if (!s->contains) s->contains = flag_contains;
    if (!s->truthy) s->truthy = flag_truthy;
    if (!s->iter) s->iter = flag_iter;
    if (!s->len) s->len = flag_len;
}

void mod_enum_fill_slots(const ObjClass *c, TypeSlots *s) {
    s->setattr = enum_member_setattr;
    const ObjType *t = &c->type;
    if (is_undef(class_lookup(t, "__repr__"))) s->repr = enum_repr;
    if (is_undef(class_lookup(t, "__str__"))) s->str = enum_str;
    if (is_undef(class_lookup(t, "__hash__"))) s->hash = enum_hash;
    if (is_flag_kind(c->enum_kind)) flag_fill_slots(t, s);
    if (!is_value_like(c->enum_kind)) return;
    s->getattr = enum_value_getattr;
    if (is_undef(class_lookup(t, "__eq__"))) s->compare = enum_compare;
    if (!s->binary) s->binary = enum_binary;
    if (!s->len) s->len = enum_value_len;
    if (!s->getitem) s->getitem = enum_value_getitem;
    if (!s->contains) s->contains = enum_value_contains;
    if (!s->iter) s->iter = enum_value_iter;
    if (!s->truthy) s->truthy = enum_value_truthy;
    if (!s->unary) s->unary = enum_value_unary;
}

// ---- the class ----

// "5 is not a valid Color", raised where CPython's Enum.__new__ raises it.
static bool enum_raise_not_valid(Run *r, const ObjClass *c, Value v) {
    exc_raise(r, &exc_ValueError, "%R is not a valid %s", v, type_qualname(&c->type));
    LIBFRAMES_ADD(r, LF_ENUM_NEW, LF_ENUM_CALL);
    return false;
}

// A value no member has: the class's _missing_(value) classmethod may still name a member.
static bool enum_call_missing(Run *r, const ObjClass *c, Value v, Value *out) {
    if (is_undef(class_lookup(&c->type, "_missing_"))) return enum_raise_not_valid(r, c, v);
    Value hook, found;
    Obj *name = str_from_cstr(r, "_missing_");
    if (!name || !gc_push_root(r, v_obj(name))) return false;
    bool ok = ops_getattr(r, v_obj((Obj *)&c->type), name, &hook);
    gc_pop_roots(r, 1);
    if (!ok || !gc_push_root(r, hook)) return false;
    Args a = {&v, 1, 0, NULL, NULL};
    ok = vm_call(r, hook, &a, &found);
    gc_pop_roots(r, 1);
    if (!ok) return false;
    if (value_type(found) == &c->type) {
        *out = found;
        return true;
    }
    if (is_none(found)) return enum_raise_not_valid(r, c, v);
    return exc_raise(r, &exc_TypeError, "error in %s._missing_: returned %R instead of None or a valid member",
                     c->type.name, found);
}

bool mod_enum_call(Run *r, const ObjClass *c, const Args *a, Value *out) {
    if (a->npos != 1 || a->nkw) {
        return exc_raise(r, &exc_TypeError, "moat supports only %s(value) lookups", c->type.name);
    }
    Value v = a->pos[0];
    if (value_type(v) == &c->type) {
        *out = v;
        return true;
    }
    if (is_flag_kind(c->enum_kind) && is_int(v)) return flag_member(r, c, v.as.i, out);
    const ObjTuple *members = as_tuple(v_obj(c->enum_members));
    for (size_t k = 0; k < members->len; k++) {
        bool eq;
        if (!ops_eq(r, member_value(members->items[k]), v, &eq)) return false;
        if (eq) {
            *out = members->items[k];
            return true;
        }
    }
    return enum_call_missing(r, c, v, out);
}

bool mod_enum_getitem(Run *r, const ObjClass *c, Value key, Value *out) {
    bool found;
    if (!dict_get(r, c->enum_map, key, out, &found)) return false;
    if (found) return true;
    dict_raise_key_error(r, key);
    LIBFRAMES_ADD(r, LF_ENUM_GETITEM);
    return false;
}

bool mod_enum_contains(Run *r, const ObjClass *c, Value x, bool *out) {
    const ObjTuple *members = as_tuple(v_obj(c->enum_members));
    *out = false;
    for (size_t k = 0; k < members->len && !*out; k++) {
        if (x.tag == VAL_OBJ && x.as.obj == members->items[k].as.obj) *out = true;
        else if (!enum_class_of(x) && !ops_eq(r, member_value(members->items[k]), x, out)) return false;
    }
    return true;
}

// @unique: no two names for one value.
static bool enum_unique(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!args_positional(r, a, "unique", 1, 1)) return false;
    Value cls = a->pos[0];
    const ObjClass *c = is_class_value(cls) ? (const ObjClass *)cls.as.obj : NULL;
    *out = cls;
    if (!c || !c->enum_map) return true;
    Buf b;
    buf_init(&b, r);
    bool ok = true, any = false;
    size_t pos = 0;
    Value k, m;
    while (ok && dict_next(c->enum_map, &pos, &k, &m)) {
        Value name = member_attr(m, "_name_");
        if (str_equal(as_str(k), as_str(name))) continue;
        ok = buf_printf(&b, "%s%s -> %s", any ? ", " : "", as_str(k)->data, as_str(name)->data);
        any = true;
    }
    Obj *list = ok && any ? buf_to_str(&b) : NULL;
    if (!list) {
        buf_fini(&b);
        return ok;
    }
    exc_raise(r, &exc_ValueError, "duplicate values found in <enum '%s'>: %s", c->type.name,
              as_str(v_obj(list))->data);
    LIBFRAMES_ADD(r, LF_ENUM_UNIQUE);
    return false;
}

STATIC_BUILTIN("unique", enum_unique, 0)

bool mod_enum_init(Run *r, Obj *module) {
    return module_set(r, module, "Enum", v_obj((Obj *)&mod_enum_Enum)) &&
           module_set(r, module, "IntEnum", v_obj((Obj *)&mod_enum_IntEnum)) &&
           module_set(r, module, "StrEnum", v_obj((Obj *)&mod_enum_StrEnum)) &&
           module_set(r, module, "Flag", v_obj((Obj *)&mod_enum_Flag)) &&
           module_set(r, module, "IntFlag", v_obj((Obj *)&mod_enum_IntFlag)) &&
           module_set(r, module, "EnumType", v_obj((Obj *)&mod_enum_EnumType)) &&
           module_set(r, module, "EnumMeta", v_obj((Obj *)&mod_enum_EnumType)) &&
           module_set(r, module, "auto", v_obj((Obj *)&type_auto)) &&
           module_set(r, module, "unique", v_obj((Obj *)&obj_enum_unique.base));
}
