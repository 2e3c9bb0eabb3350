// abc: abstract base classes. abstractmethod marks a function in its attribute dict; a class
// made with ABC among its bases records which marked names it leaves unimplemented
// (obj_class.c), and creating an instance of it then fails as in CPython.
#include "interp/mod_abc.h"

#include "interp/args.h"
#include "interp/exc.h"
#include "interp/modules.h"
#include "interp/obj_class_descr.h"
#include "interp/obj_dict.h"
#include "interp/obj_func.h"

const ObjType mod_abc_ABC = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "ABC",
    .module = "abc",
    .id = TYPE_OBJECT,
    .base_type = &type_object,
};

const ObjType mod_abc_ABCMeta = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "ABCMeta",
    .module = "abc",
    .id = TYPE_TYPE,
    .base_type = &type_type,
};

static const char abstract_key[] = "__isabstractmethod__";

bool mod_abc_is_abstract(Value f) {
    if (f.tag == VAL_OBJ && (f.as.obj->type == &type_property || f.as.obj->type == &type_staticmethod ||
                             f.as.obj->type == &type_classmethod)) {
        f = ((ObjDescr *)f.as.obj)->func;
    }
    if (!is_function(f)) return false;
    Obj *d = ((ObjFunction *)f.as.obj)->dict;
    if (!d) return false;
    size_t pos = 0;
    Value k, v;
    while (dict_next(d, &pos, &k, &v)) {
        if (is_str(k) && str_equal_cstr(as_str(k), abstract_key)) return is_bool(v) && v.as.b;
    }
    return false;
}

// abstractmethod(f): f, marked.
static bool abc_abstractmethod(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!args_positional(r, a, "abstractmethod", 1, 1)) return false;
    Value f = a->pos[0];
    *out = f;
    if (f.tag == VAL_OBJ && (f.as.obj->type == &type_staticmethod || f.as.obj->type == &type_classmethod)) {
        f = ((ObjDescr *)f.as.obj)->func;
    }
    if (!is_function(f)) {
        return exc_raise(r, &exc_AttributeError, "'%s' object has no attribute '__isabstractmethod__'",
                         value_type_name(f));
    }
    ObjFunction *fn = (ObjFunction *)f.as.obj;
    if (!fn->dict && !(fn->dict = dict_new(r))) return false;
    Obj *key = str_from_cstr(r, abstract_key);
    return key && dict_set(r, fn->dict, v_obj(key), v_bool(true));
}

STATIC_BUILTIN("abstractmethod", abc_abstractmethod, 0)

bool mod_abc_init(Run *r, Obj *module) {
    return module_set(r, module, "ABC", v_obj((Obj *)&mod_abc_ABC)) &&
           module_set(r, module, "ABCMeta", v_obj((Obj *)&mod_abc_ABCMeta)) &&
           module_set(r, module, "abstractmethod", v_obj((Obj *)&obj_abc_abstractmethod.base));
}
