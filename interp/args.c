// Binding a built-in's arguments to its parameters, with CPython's messages.
#include "interp/args.h"

#include <string.h>

#include "interp/exc.h"
#include "interp/obj_str.h"

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

bool args_bind(Run *r, const Args *a, const ArgSpec *spec, Value *out) {
    for (int k = 0; k < spec->count; k++) out[k] = v_undef();
    if (a->npos > spec->max_pos) {
        if (spec->max_pos == 0) {
            return exc_raise(r, &exc_TypeError, "%s() takes no positional arguments", spec->fname);
        }
        return exc_raise(r, &exc_TypeError, "%s() takes at most %u %sargument%s (%u given)",
                         spec->fname, spec->max_pos, spec->max_pos < spec->count ? "positional " : "",
                         spec->max_pos == 1 ? "" : "s", a->npos);
    }
    // missing positional-only arguments are counted, as CPython's argument clinic does
    uint32_t min_posonly = spec->posonly < spec->required ? spec->posonly : spec->required;
    if (a->npos < min_posonly) {
        return exc_raise(r, &exc_TypeError, "%s() takes %s %u positional argument%s (%u given)",
                         spec->fname, min_posonly < spec->max_pos ? "at least" : "exactly",
                         min_posonly, min_posonly == 1 ? "" : "s", a->npos);
    }
    for (uint32_t k = 0; k < a->npos; k++) out[k] = a->pos[k];
    for (uint32_t k = 0; k < a->nkw; k++) {
        const ObjStr *name = (const ObjStr *)a->kwnames[k];
        int slot = args_find(spec, name);
        if (slot < 0) {
            return exc_raise(r, &exc_TypeError, "%s() got an unexpected keyword argument '%s'",
                             spec->fname, name->data);
        }
        if (!is_undef(out[slot])) {
            return exc_raise(r, &exc_TypeError,
                             "argument for %s() given by name ('%s') and position (%d)",
                             spec->fname, name->data, slot + 1);
        }
        out[slot] = a->kwvalues[k];
    }
    for (int k = 0; k < spec->required; k++) {
        if (is_undef(out[k])) {
            return exc_raise(r, &exc_TypeError, "%s() missing required argument '%s' (pos %d)",
                             spec->fname, spec->names[k], k + 1);
        }
    }
    return true;
}
