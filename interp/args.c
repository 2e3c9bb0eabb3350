// Binding a built-in's arguments to its parameters, with CPython's messages.
#include "interp/args.h"

#include <string.h>

#include "interp/exc.h"
#include "interp/obj_str.h"
#include "interp/suggest.h"

bool args_positional(Run *r, const Args *a, const char *fname, uint32_t min, uint32_t max) {
    if (a->nkw) return exc_raise(r, &exc_TypeError, "%s() takes no keyword arguments", fname);
    uint32_t n = a->npos;
    if (n >= min && n <= max) return true;
    if (max == 0) return exc_raise(r, &exc_TypeError, "%s() takes no arguments (%u given)", fname, n);
    if (min == max && max == 1) {
        return exc_raise(r, &exc_TypeError, "%s() takes exactly one argument (%u given)", fname, n);
    }
    if (min == max) {
        return exc_raise(r, &exc_TypeError, "%s expected %u argument%s, got %u", fname, max,
                         max == 1 ? "" : "s", n);
    }
    if (n > max) {
        return exc_raise(r, &exc_TypeError, "%s expected at most %u argument%s, got %u", fname,
                         max, max == 1 ? "" : "s", n);
    }
    return exc_raise(r, &exc_TypeError, "%s expected at least %u argument%s, got %u", fname, min,
                     min == 1 ? "" : "s", n);
}

static int args_find(const ArgSpec *spec, const ObjStr *name) {
    for (int k = spec->posonly; k < spec->count; k++) {
        if (str_equal_cstr(name, spec->names[k])) return k;
    }
    return -1;
}

bool args_unexpected_keyword(Run *r, const char *fname, const Obj *name,
                             const char *const *names, uint32_t n) {
    const ObjStr *s = (const ObjStr *)name;
    const char *best = suggest_closest_cstr(s->data, s->len, names, n);
    if (best) {
        return exc_raise(r, &exc_TypeError,
                         "%s() got an unexpected keyword argument '%s'. Did you mean '%s'?", fname,
                         s->data, best);
    }
    return exc_raise(r, &exc_TypeError, "%s() got an unexpected keyword argument '%s'", fname,
                     s->data);
}

// The index in a's keywords of the one named `name`, or -1.
static int args_keyword(const Args *a, const char *name) {
    for (uint32_t k = 0; k < a->nkw; k++) {
        if (str_equal_cstr((const ObjStr *)a->kwnames[k], name)) return (int)k;
    }
    return -1;
}

// The keywords that name no parameter past the positional arguments: a parameter given by
// position too, else an unknown name.
static bool args_bad_keyword(Run *r, const Args *a, const ArgSpec *spec) {
    for (uint32_t k = spec->posonly; k < a->npos; k++) {
        if (args_keyword(a, spec->names[k]) >= 0) {
            return exc_raise(r, &exc_TypeError,
                             "argument for %s() given by name ('%s') and position (%u)",
                             spec->fname, spec->names[k], k + 1);
        }
    }
    for (uint32_t k = 0; k < a->nkw; k++) {
        const ObjStr *name = (const ObjStr *)a->kwnames[k];
        if (args_find(spec, name) >= 0) continue;
        return args_unexpected_keyword(r, spec->fname, a->kwnames[k], spec->names + spec->posonly,
                                       spec->count - spec->posonly);
    }
    return true;
}

// The checks of CPython's _PyArg_UnpackKeywords (argument clinic), in its order: too many in
// all, too many positional, missing positional-only, then each parameter in turn (a missing
// required one), then keywords left over.
bool args_bind(Run *r, const Args *a, const ArgSpec *spec, Value *out) {
    for (int k = 0; k < spec->count; k++) out[k] = v_undef();
    uint32_t total = a->npos + a->nkw;
    if (total > spec->count) {
        return exc_raise(r, &exc_TypeError, "%s() takes at most %u %sargument%s (%u given)",
                         spec->fname, spec->count, a->npos == 0 ? "keyword " : "",
                         spec->count == 1 ? "" : "s", total);
    }
    if (a->npos > spec->max_pos) {
        if (spec->max_pos == 0) {
            return exc_raise(r, &exc_TypeError, "%s() takes no positional arguments", spec->fname);
        }
        uint32_t min_pos = spec->required < spec->max_pos ? spec->required : spec->max_pos;
        return exc_raise(r, &exc_TypeError, "%s() takes %s %u positional argument%s (%u given)",
                         spec->fname, min_pos < spec->max_pos ? "at most" : "exactly",
                         spec->max_pos, spec->max_pos == 1 ? "" : "s", a->npos);
    }
    // missing positional-only arguments are counted
    uint32_t min_posonly = spec->posonly < spec->required ? spec->posonly : spec->required;
    if (a->npos < min_posonly) {
        return exc_raise(r, &exc_TypeError, "%s() takes %s %u positional argument%s (%u given)",
                         spec->fname, min_posonly < spec->max_pos ? "at least" : "exactly",
                         min_posonly, min_posonly == 1 ? "" : "s", a->npos);
    }
    for (uint32_t k = 0; k < a->npos; k++) out[k] = a->pos[k];
    uint32_t matched = 0;
    for (uint32_t k = a->npos > spec->posonly ? a->npos : spec->posonly; k < spec->count; k++) {
        int kw = args_keyword(a, spec->names[k]);
        if (kw >= 0) {
            out[k] = a->kwvalues[kw];
            matched++;
        } else if (k < spec->required) {
            return exc_raise(r, &exc_TypeError, "%s() missing required argument '%s' (pos %u)",
                             spec->fname, spec->names[k], k + 1);
        }
    }
    return matched == a->nkw || args_bad_keyword(r, a, spec);
}
