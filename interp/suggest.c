// "Did you mean" hints: the candidate names CPython 3.14 looks at, ranked by its own edit
// distance (parser/similar.c, shared with the checker).
#include "interp/suggest.h"

#include <string.h>

#include "interp/code.h"
#include "interp/modules.h"
#include "interp/obj_class.h"
#include "interp/obj_dict.h"
#include "interp/obj_str.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"
#include "parser/similar.h"

typedef Similar Best;

static void consider(Best *b, const char *cand, size_t n) {
    similar_consider(b, cand, n);
}

static void consider_dict_keys(Best *b, Obj *dict) {
    size_t pos = 0;
    Value k, v;
    while (dict && dict_next(dict, &pos, &k, &v)) {
        if (is_str(k)) consider(b, as_str(k)->data, as_str(k)->len);
    }
}

static void consider_type(Best *b, const ObjType *t) {
    consider(b, "__class__", 9);  // answered by ops_getattr for every value
    for (; t; t = t->base_type) {
        const MethodDef *m;
        for (uint32_t k = 0; (m = ops_method_at(t, k)); k++) consider(b, m->name, strlen(m->name));
    }
}

// Modules of CPython's standard library that LLM code most often forgets to import.
static const char *const stdlib_names[] = {
    "asyncio", "base64", "bisect", "collections", "copy", "csv", "dataclasses", "datetime",
    "decimal", "enum", "fractions", "functools", "hashlib", "heapq", "itertools", "json",
    "math", "operator", "os", "pathlib", "pprint", "random", "re", "statistics", "string",
    "sys", "textwrap", "time", "typing", "uuid",
};

// CPython 3.14's builtins module, in its order: the names a NameError's hint is chosen from
// after the locals and globals (also those moat leaves out, as open and help).
static const char *const cpython_builtins[] = {
    "__name__", "__doc__", "__package__", "__loader__", "__spec__", "__build_class__",
    "__import__", "abs", "all", "any", "ascii", "bin", "breakpoint", "callable", "chr", "compile",
    "delattr", "dir", "divmod", "eval", "exec", "format", "getattr", "globals", "hasattr", "hash",
    "hex", "id", "input", "isinstance", "issubclass", "iter", "aiter", "len", "locals", "max",
    "min", "next", "anext", "oct", "ord", "pow", "print", "repr", "round", "setattr", "sorted",
    "sum", "vars", "None", "Ellipsis", "NotImplemented", "False", "True", "bool", "memoryview",
    "bytearray", "bytes", "classmethod", "complex", "dict", "enumerate", "filter", "float",
    "frozenset", "property", "int", "list", "map", "object", "range", "reversed", "set", "slice",
    "staticmethod", "str", "super", "tuple", "type", "zip", "__debug__", "BaseException",
    "BaseExceptionGroup", "Exception", "GeneratorExit", "KeyboardInterrupt", "SystemExit",
    "ArithmeticError", "AssertionError", "AttributeError", "BufferError", "EOFError",
    "ImportError", "LookupError", "MemoryError", "NameError", "OSError", "ReferenceError",
    "RuntimeError", "StopAsyncIteration", "StopIteration", "SyntaxError", "SystemError",
    "TypeError", "ValueError", "Warning", "FloatingPointError", "OverflowError",
    "ZeroDivisionError", "BytesWarning", "DeprecationWarning", "EncodingWarning", "FutureWarning",
    "ImportWarning", "PendingDeprecationWarning", "ResourceWarning", "RuntimeWarning",
    "SyntaxWarning", "UnicodeWarning", "UserWarning", "BlockingIOError", "ChildProcessError",
    "ConnectionError", "FileExistsError", "FileNotFoundError", "InterruptedError",
    "IsADirectoryError", "NotADirectoryError", "PermissionError", "ProcessLookupError",
    "TimeoutError", "IndentationError", "_IncompleteInputError", "IndexError", "KeyError",
    "ModuleNotFoundError", "NotImplementedError", "PythonFinalizationError", "RecursionError",
    "UnboundLocalError", "UnicodeError", "BrokenPipeError", "ConnectionAbortedError",
    "ConnectionRefusedError", "ConnectionResetError", "TabError", "UnicodeDecodeError",
    "UnicodeEncodeError", "UnicodeTranslateError", "ExceptionGroup", "EnvironmentError", "IOError",
    "open", "quit", "exit", "copyright", "credits", "license", "help",
};

// A class's own attributes along its MRO, then the built-in methods.
static void consider_class(Best *b, const ObjType *t) {
    if (type_is_class(t)) {
        const ObjTuple *mro = as_tuple(v_obj(((const ObjClass *)t)->mro));
        for (size_t k = 0; k < mro->len; k++) {
            const ObjType *c = (const ObjType *)mro->items[k].as.obj;
            if (type_is_class(c)) consider_dict_keys(b, ((const ObjClass *)c)->dict);
        }
    }
    consider_type(b, t);
}

static void consider_instance(Best *b, Value obj) {
    consider_dict_keys(b, class_instance_dict(obj));
    consider_class(b, value_type(obj));
}

static bool suggest_name_error(Run *r, const ObjException *e, const Code *code, Best *b) {
    for (uint32_t k = 0; code && k < code->local_count; k++) {
        const ObjStr *n = (const ObjStr *)code->varnames[k];
        if (n->data[0] != '.') consider(b, n->data, n->len);  // not the compiler's hidden locals
    }
    consider_dict_keys(b, r->globals);
    for (size_t k = 0; k < sizeof cpython_builtins / sizeof *cpython_builtins; k++) {
        consider(b, cpython_builtins[k], strlen(cpython_builtins[k]));
    }
    (void)e;
    return true;
}

// Whether reading attribute `name` of the instance would find something, without running
// Python code (CPython calls hasattr).
static bool instance_has(Value obj, ObjStr *name) {
    Obj *d = class_instance_dict(obj);
    if (d && !is_undef(dict_get_str(d, name))) return true;
    const ObjTuple *mro = as_tuple(v_obj(((const ObjClass *)value_type(obj))->mro));
    for (size_t k = 0; k < mro->len; k++) {
        const ObjType *c = (const ObjType *)mro->items[k].as.obj;
        if (type_is_class(c) && !is_undef(dict_get_str(((const ObjClass *)c)->dict, name))) return true;
        const MethodDef *m;
        for (uint32_t j = 0; (m = ops_method_at(c, j)); j++) {
            if (str_equal_cstr(name, m->name)) return true;
        }
    }
    return false;
}

bool suggest_append(Run *r, const ObjException *e, const void *code, Buf *out) {
    if (!is_str(e->name)) return true;
    const ObjStr *name = as_str(e->name);
    bool is_name = type_is_subtype(e->base.type, &exc_NameError) &&
                   !type_is_subtype(e->base.type, &exc_UnboundLocalError);
    // without a frame (format_exception_only), a NameError has no names to look at
    bool frameless = is_name && !code;
    // a NameError in a method whose self has the name (exc_set_name kept self)
    if (e->base.type == &exc_NameError && !frameless && !is_undef(e->obj) &&
        instance_has(e->obj, (ObjStr *)name)) {
        return buf_printf(out, ". Did you mean: 'self.%.*s'?", (int)name->len, name->data);
    }
    Best b;
    similar_init(&b, name->data, name->len);
    if (is_name && !frameless) {
        suggest_name_error(r, e, code, &b);
    } else if (type_is_subtype(e->base.type, &exc_AttributeError) && !is_undef(e->obj)) {
        const ObjType *t = value_type(e->obj);
        if (t == &type_module) consider_dict_keys(&b, module_dict(e->obj.as.obj));
        else if (e->obj.tag == VAL_OBJ && t == &type_type) consider_class(&b, (const ObjType *)e->obj.as.obj);
        else consider_instance(&b, e->obj);
    }
    if (b.pick) return buf_printf(out, ". Did you mean: '%.*s'?", (int)b.pick_len, b.pick);
    if (!is_name) return true;
    for (size_t k = 0; k < sizeof stdlib_names / sizeof *stdlib_names; k++) {
        if (str_equal_cstr(name, stdlib_names[k])) {
            return buf_printf(out, ". Did you forget to import '%s'?", stdlib_names[k]);
        }
    }
    return true;
}

const char *suggest_closest(const char *name, size_t len, Obj *const *names, uint32_t n) {
    Best b;
    similar_init(&b, name, len);
    for (uint32_t k = 0; k < n; k++) {
        const ObjStr *s = (const ObjStr *)names[k];
        consider(&b, s->data, s->len);
    }
    return b.pick;
}

const char *suggest_closest_cstr(const char *name, size_t len, const char *const *names,
                                 uint32_t n) {
    Best b;
    similar_init(&b, name, len);
    for (uint32_t k = 0; k < n; k++) consider(&b, names[k], strlen(names[k]));
    return b.pick;
}
