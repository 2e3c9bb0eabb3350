// The re module: compiling (through re_compile.c), Pattern and Match objects, and the
// functions that scan a string — search, match, fullmatch, findall, finditer, split, sub.
#include "interp/mod_re.h"

#include <stdio.h>
#include <string.h>

#include "interp/args.h"
#include "interp/buf.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/libframes.h"
#include "interp/mem.h"
#include "interp/mod_re_flag.h"
#include "interp/modules.h"
#include "interp/obj_bytes.h"
#include "interp/obj_dict.h"
#include "interp/obj_func.h"
#include "interp/obj_iter.h"
#include "interp/obj_list.h"
#include "interp/obj_str.h"
#include "interp/obj_str_char.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"
#include "interp/re.h"
#include "interp/vm.h"
#include "parser/ast.h"

typedef struct ObjPattern {
    Obj base;
    Obj *pattern;     // str
    Obj *groupindex;  // dict: name -> group
    int64_t flags;
    ReProg prog;
} ObjPattern;

typedef struct ObjMatch {
    Obj base;
    Obj *pattern;  // ObjPattern
    Obj *string;   // str
    int64_t pos, endpos, lastindex;
    uint32_t nspans;  // 2 * (groups + 1)
    int64_t spans[];  // code point indices, -1 for a group that did not take part
} ObjMatch;

static ObjPattern *as_pattern(Value v) {
    return (ObjPattern *)v.as.obj;
}

static ObjMatch *as_match(Value v) {
    return (ObjMatch *)v.as.obj;
}

static bool is_pattern(Value v) {
    return v.tag == VAL_OBJ && v.as.obj->type == &mod_re_pattern_type;
}

// ---- text ----

// Patterns, subjects and templates are all str or all bytes: indices count code points of a
// str and bytes of a bytes.
static bool text_is_bytes(const Obj *o) {
    return o->type == &type_bytes;
}

static const char *text_data(const Obj *o) {
    return text_is_bytes(o) ? ((const ObjBytes *)o)->data : ((const ObjStr *)o)->data;
}

static size_t text_size(const Obj *o) {
    return text_is_bytes(o) ? ((const ObjBytes *)o)->len : ((const ObjStr *)o)->len;
}

// The length in indices.
static size_t text_len(const Obj *o) {
    return text_is_bytes(o) ? ((const ObjBytes *)o)->len : ((const ObjStr *)o)->chars;
}

static size_t text_offset(const Obj *o, size_t index) {
    return text_is_bytes(o) ? index : str_byte_offset((const ObjStr *)o, index);
}

static size_t text_index(const Obj *o, size_t offset) {
    return text_is_bytes(o) ? offset : str_char_index((const ObjStr *)o, offset);
}

// o[start:stop] by indices.
static Obj *text_slice(Run *r, Obj *o, int64_t start, int64_t stop) {
    size_t a = text_offset(o, (size_t)start), b = text_offset(o, (size_t)stop);
    if (text_is_bytes(o)) return bytes_new(r, text_data(o) + a, b - a);
    return str_substr(r, (ObjStr *)o, a, b);
}

static Obj *text_from_buf(Buf *b, bool bytes) {
    return bytes ? bytes_new(b->r, b->data, b->len) : buf_to_str(b);
}

// o as code points (the bytes of a bytes) in tracked memory; free with codes_free.
static uint32_t *codes_of(Run *r, const Obj *o) {
    uint32_t *cps = mem_alloc(r, (text_len(o) + 1) * sizeof(uint32_t));
    if (!cps) return NULL;
    const char *data = text_data(o);
    size_t pos = 0, k = 0, size = text_size(o);
    if (text_is_bytes(o)) {
        for (; k < size; k++) cps[k] = (unsigned char)data[k];
    } else {
        while (pos < size) cps[k++] = str_char_decode(data, &pos);
    }
    return cps;
}

static void codes_free(Run *r, uint32_t *cps, const Obj *o) {
    mem_free(r, cps, (text_len(o) + 1) * sizeof(uint32_t));
}

// ---- PatternError ----

// re.PatternError (re.error): an Exception whose instances carry msg, pattern, pos, lineno
// and colno, kept as a tuple in the exception's `value` (absent when the script made it).
enum { PE_MSG, PE_PATTERN, PE_POS, PE_LINENO, PE_COLNO, PE_FIELDS };
static const char *const pe_fields[PE_FIELDS] = {"msg", "pattern", "pos", "lineno", "colno"};

static bool pe_getattr(Run *r, Value v, Obj *name, Value *out) {
    ObjException *e = (ObjException *)v.as.obj;
    for (int k = 0; k < PE_FIELDS; k++) {
        if (!str_equal_cstr((ObjStr *)name, pe_fields[k])) continue;
        if (is_tuple(e->value) && as_tuple(e->value)->len == PE_FIELDS) {
            *out = as_tuple(e->value)->items[k];
        } else {
            ObjTuple *args = as_tuple(e->args);
            *out = k == PE_MSG && args->len > 0 ? args->items[0] : v_none();
        }
        return true;
    }
    return exc_getattr(r, v, name, out);
}

static const ObjType pattern_error_type = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "PatternError",
    .module = "re",
    .id = TYPE_EXCEPTION,
    .base_type = &exc_Exception,
    .construct = exc_construct,
    .slots = {
        .repr = exc_repr,
        .str = exc_str,
        .hash = identity_hash,
        .getattr = pe_getattr,
        .setattr = exc_setattr,
        .trace = exc_trace,
    },
};

// Raises PatternError(text) with its five fields.
static bool pe_raise(Run *r, Obj *text, const Value *fields) {
    if (!gc_push_root(r, v_obj(text))) return false;
    Obj *t = tuple_new(r, PE_FIELDS), *args = NULL, *e = NULL;
    if (t && gc_push_root(r, v_obj(t))) {
        for (int k = 0; k < PE_FIELDS; k++) ((ObjTuple *)t)->items[k] = fields[k];
        args = tuple_new(r, 1);
        if (args) {
            ((ObjTuple *)args)->items[0] = v_obj(text);
            e = exc_new(r, &pattern_error_type, args);
        }
        if (e) ((ObjException *)e)->value = v_obj(t);
        gc_pop_roots(r, 1);
    }
    gc_pop_roots(r, 1);
    if (e) r->exc = v_obj(e);
    return false;
}

// PatternError for err in pattern (a str): "msg at position 3", with the line and column when
// the pattern has several lines.
static bool raise_pattern_error(Run *r, const ReError *err, const Obj *pattern) {
    if (!err->msg[0]) return false;  // a limit, already reported
    Value fields[PE_FIELDS] = {v_none(), v_obj((Obj *)pattern), v_none(), v_none(), v_none()};
    Buf text;
    buf_init(&text, r);
    bool ok = buf_append_cstr(&text, err->msg);
    if (err->pos >= 0) {
        const char *data = text_data(pattern);
        size_t end = text_offset(pattern, (size_t)err->pos);
        int64_t line = 1, col_start = 0;
        for (size_t k = 0; k < end; k++) {
            if (data[k] != '\n') continue;
            line++;
            col_start = (int64_t)text_index(pattern, k + 1);
        }
        fields[PE_POS] = v_int(err->pos);
        fields[PE_LINENO] = v_int(line);
        fields[PE_COLNO] = v_int(err->pos - col_start + 1);
        ok = ok && buf_printf(&text, " at position %lld", (long long)err->pos);
        if (ok && memchr(data, '\n', text_size(pattern))) {
            ok = buf_printf(&text, " (line %lld, column %lld)", (long long)line, (long long)(err->pos - col_start + 1));
        }
    }
    Obj *msg = ok ? str_from_cstr(r, err->msg) : NULL;
    Obj *full = NULL;
    if (msg && gc_push_root(r, v_obj(msg))) {
        fields[PE_MSG] = v_obj(msg);
        full = buf_to_str(&text);
        if (full) pe_raise(r, full, fields);
        gc_pop_roots(r, 1);
    }
    buf_fini(&text);
    return false;
}

// ---- compiling ----

// sre's parser tests the flags with `flags & SRE_FLAG_...`, so a str fails at that &.
static bool flags_arg(Run *r, Value v, int64_t *out) {
    *out = 0;
    if (is_undef(v)) return true;
    if (ops_index(r, v, out)) return true;
    if (!exc_pending_is(r, &exc_TypeError)) return false;
    exc_clear(r);
    return exc_raise(r, &exc_TypeError, "unsupported operand type(s) for &: '%s' and 'int'", value_type_name(v));
}

// The names of a bytes pattern are ASCII: a byte past it is no identifier character.
static bool names_check_ascii(Run *r, ObjPattern *p) {
    const char *data = text_data(p->pattern);
    for (uint32_t k = 0; k < p->prog.nnames; k++) {
        const ReName *nm = &p->prog.names[k];
        for (uint32_t j = 0; j < nm->len; j++) {
            if (!(data[nm->start + j] & 0x80)) continue;
            ReError err = {.pos = nm->start};
            snprintf(err.msg, sizeof err.msg, "bad character in group name %.*s", (int)nm->len, data + nm->start);
            return raise_pattern_error(r, &err, p->pattern);
        }
    }
    return true;
}

static bool pattern_groupindex_build(Run *r, ObjPattern *p) {
    if (text_is_bytes(p->pattern) && !names_check_ascii(r, p)) return false;
    for (uint32_t k = 0; k < p->prog.nnames; k++) {
        const ReName *nm = &p->prog.names[k];
        size_t a = text_offset(p->pattern, nm->start), b = text_offset(p->pattern, nm->start + nm->len);
        Obj *name = str_new(r, text_data(p->pattern) + a, b - a);
        if (!name || !gc_push_root(r, v_obj(name))) return false;
        bool ok = dict_set(r, p->groupindex, v_obj(name), v_int(nm->group));
        gc_pop_roots(r, 1);
        if (!ok) return false;
    }
    return true;
}

// The frames of re's Python code an error of the parser passed, innermost first: where
// _parser.py raised it, a _parse_sub/_parse pair per enclosing group, the parser's entry, the
// compiler, re._compile and the module function the script called (entry).
static void add_parser_frames(Run *r, const ReError *err, const char *entry) {
    static const struct { const char *name; LibFrameId id; } entries[] = {
        {"compile", LF_RE_COMPILE}, {"match", LF_RE_MATCH}, {"fullmatch", LF_RE_FULLMATCH},
        {"search", LF_RE_SEARCH}, {"sub", LF_RE_SUB}, {"subn", LF_RE_SUBN}, {"split", LF_RE_SPLIT},
        {"findall", LF_RE_FINDALL}, {"finditer", LF_RE_FINDITER},
    };
    if (err->site == RE_SITE_NONE || !entry) return;
    // innermost first: where the error is raised, and the call of _parse's that led there
    static const LibFrameId raised[][2] = {
        [RE_SITE_MISSING_PAREN] = {LF_RE_PARSE_MISSING_PAREN, LF_COUNT},
        [RE_SITE_NOTHING_TO_REPEAT] = {LF_RE_PARSE_NOTHING_TO_REPEAT, LF_COUNT},
        [RE_SITE_MULTIPLE_REPEAT] = {LF_RE_PARSE_MULTIPLE_REPEAT, LF_COUNT},
        [RE_SITE_BAD_ESCAPE] = {LF_RE_ESCAPE_BAD, LF_RE_PARSE_ESCAPE},
        [RE_SITE_CLASS_BAD_ESCAPE] = {LF_RE_CLASS_ESCAPE_BAD, LF_RE_PARSE_CLASS_ESCAPE},
        [RE_SITE_CLASS_BAD_ESCAPE_END] = {LF_RE_CLASS_ESCAPE_BAD, LF_RE_PARSE_CLASS_ESCAPE_END},
        [RE_SITE_RANGE_KIND] = {LF_RE_PARSE_RANGE_KIND, LF_COUNT},
        [RE_SITE_RANGE_ORDER] = {LF_RE_PARSE_RANGE_ORDER, LF_COUNT},
        [RE_SITE_UNTERMINATED_SET] = {LF_RE_PARSE_UNTERMINATED_SET, LF_COUNT},
        [RE_SITE_UNTERMINATED_SET_DASH] = {LF_RE_PARSE_UNTERMINATED_SET_DASH, LF_COUNT},
    };
    if (err->site == RE_SITE_UNBALANCED) {
        LIBFRAMES_ADD(r, LF_RE_PARSE_UNBALANCED);
    } else {
        for (int k = 0; k < 2 && raised[err->site][k] != LF_COUNT; k++) LIBFRAMES_ADD(r, raised[err->site][k]);
        for (uint32_t k = 0; k < err->depth; k++) LIBFRAMES_ADD(r, LF_RE_PARSE_SUB, LF_RE_PARSE_GROUP);
        LIBFRAMES_ADD(r, LF_RE_PARSE_SUB, LF_RE_PARSE);
    }
    LIBFRAMES_ADD(r, LF_RE_COMPILER_PARSE, LF_RE_INIT_COMPILE);
    for (size_t k = 0; k < sizeof entries / sizeof *entries; k++) {
        if (strcmp(entries[k].name, entry) == 0) LIBFRAMES_ADD(r, entries[k].id);
    }
}

static bool compile_text(Run *r, Value pattern, int64_t flags, const char *entry, Value *out) {
    bool bytes = is_bytes(pattern);
    if (!bytes && (flags & RE_FLAG_LOCALE)) {
        return exc_raise(r, &exc_ValueError, "cannot use LOCALE flag with a str pattern");
    }
    if (bytes && (flags & RE_FLAG_UNICODE)) {
        return exc_raise(r, &exc_ValueError, "cannot use UNICODE flag with a bytes pattern");
    }
    if ((flags & RE_FLAG_ASCII) && (flags & RE_FLAG_UNICODE)) {
        return exc_raise(r, &exc_ValueError, "ASCII and UNICODE flags are incompatible");
    }
    Obj *gi = dict_new(r);
    if (!gi || !gc_push_root(r, v_obj(gi))) return false;
    ObjPattern *p = gc_new(r, ObjPattern, &mod_re_pattern_type);
    gc_pop_roots(r, 1);
    if (!p) return false;
    p->pattern = pattern.as.obj;
    p->groupindex = gi;
    memset(&p->prog, 0, sizeof p->prog);
    if (!gc_push_root(r, v_obj(&p->base))) return false;
    Obj *src = pattern.as.obj;
    uint32_t *cps = codes_of(r, src);
    bool ok = cps != NULL;
    if (ok) {
        // bytes patterns have ASCII's classes and case
        ReError err = {0};
        ok = re_compile(r, cps, text_len(src), (int)(bytes ? flags | RE_FLAG_ASCII : flags), &p->prog, &err);
        if (!ok && !raise_pattern_error(r, &err, src) && err.msg[0]) add_parser_frames(r, &err, entry);
        ok = ok && pattern_groupindex_build(r, p);
        codes_free(r, cps, src);
    }
    gc_pop_roots(r, 1);
    if (!ok) return false;
    p->flags = p->prog.flags;
    if (bytes) {
        p->flags = (p->flags & ~RE_FLAG_ASCII) | (flags & RE_FLAG_ASCII);
    } else if (!(p->flags & RE_FLAG_ASCII)) {
        p->flags |= RE_FLAG_UNICODE;
    }
    *out = v_obj(&p->base);
    return true;
}

// A pattern argument of the module's functions: a compiled one, or a str to compile.
static bool pattern_of(Run *r, Value pattern, Value flags_v, const char *entry, Value *out) {
    int64_t flags;
    if (!flags_arg(r, flags_v, &flags)) return false;
    if (is_pattern(pattern)) {
        if (flags) return exc_raise(r, &exc_ValueError, "cannot process flags argument with a compiled pattern");
        *out = pattern;
        return true;
    }
    if (!is_str(pattern) && !is_bytes(pattern)) {
        return exc_raise(r, &exc_TypeError, "first argument must be string or compiled pattern");
    }
    return compile_text(r, pattern, flags, entry, out);
}

// ---- scanning ----

// A string being scanned by a pattern: its code points and the capture slots.
typedef struct Scan {
    Run *r;
    ObjPattern *p;
    Obj *string;    // str or bytes, as the pattern
    uint32_t *cps;  // the code points of a str that is not ASCII
    int64_t *slots;
    size_t pos, endpos;
} Scan;

static bool clamp_index(Run *r, Value v, int64_t len, int64_t dflt, size_t *out) {
    int64_t k = dflt;
    if (!is_undef(v) && !ops_index(r, v, &k)) return false;
    if (k < 0) k = 0;
    if (k > len) k = len;
    *out = (size_t)k;
    return true;
}

static bool scan_open(Run *r, Scan *S, Value pattern, Value string, Value pos, Value endpos) {
    memset(S, 0, sizeof *S);
    S->r = r;
    S->p = as_pattern(pattern);
    if (!is_str(string) && !is_bytes(string)) {
        return exc_raise(r, &exc_TypeError, "expected string or bytes-like object, got '%s'", value_type_name(string));
    }
    bool bytes = text_is_bytes(S->p->pattern);
    if (is_bytes(string) && !bytes) return exc_raise(r, &exc_TypeError, "cannot use a string pattern on a bytes-like object");
    if (is_str(string) && bytes) return exc_raise(r, &exc_TypeError, "cannot use a bytes pattern on a string-like object");
    S->string = string.as.obj;
    int64_t len = (int64_t)text_len(S->string);
    if (!clamp_index(r, pos, len, 0, &S->pos) || !clamp_index(r, endpos, len, len, &S->endpos)) return false;
    if (!bytes && !as_str(string)->ascii) {
        S->cps = codes_of(r, S->string);
        if (!S->cps) return false;
    }
    S->slots = mem_alloc(r, S->p->prog.nslots * sizeof(int64_t));
    return S->slots != NULL;
}

static void scan_close(Scan *S) {
    if (S->cps) codes_free(S->r, S->cps, S->string);
    if (S->slots) mem_free(S->r, S->slots, S->p->prog.nslots * sizeof(int64_t));
}

static bool scan_exec(Scan *S, size_t pos, int mode, bool must_advance, bool *found) {
    *found = false;
    if (pos > S->endpos) return true;
    ReSubject subj = {S->cps, (const unsigned char *)text_data(S->string), S->endpos};
    return re_exec(S->r, &S->p->prog, subj, pos, mode, must_advance, S->slots, found);
}

// The Match of the scan's last success.
static bool match_new(Scan *S, Value *out) {
    uint32_t nspans = 2 * (S->p->prog.groups + 1);
    ObjMatch *m = (ObjMatch *)gc_alloc(S->r, &mod_re_match_type, sizeof(ObjMatch) + nspans * sizeof(int64_t));
    if (!m) return false;
    m->pattern = &S->p->base;
    m->string = S->string;
    m->pos = (int64_t)S->pos;
    m->endpos = (int64_t)S->endpos;
    int64_t last = S->slots[re_lastindex_slot(&S->p->prog)];
    m->lastindex = last;
    m->nspans = nspans;
    for (uint32_t k = 0; k < nspans; k += 2) {
        bool set = S->slots[k] >= 0 && S->slots[k + 1] >= 0;
        m->spans[k] = set ? S->slots[k] : -1;
        m->spans[k + 1] = set ? S->slots[k + 1] : -1;
    }
    *out = v_obj(&m->base);
    return true;
}

// group g of m as a str, or dflt when it did not take part.
static bool match_group_value(Run *r, ObjMatch *m, uint32_t g, Value dflt, Value *out) {
    if (m->spans[2 * g] < 0) {
        *out = dflt;
        return true;
    }
    Obj *s = text_slice(r, m->string, m->spans[2 * g], m->spans[2 * g + 1]);
    if (!s) return false;
    *out = v_obj(s);
    return true;
}

// The one-call forms: search, match and fullmatch.
static bool scan_once(Run *r, Value pattern, Value string, Value pos, Value endpos, int mode, Value *out) {
    Scan S;
    bool found = false;
    bool ok = scan_open(r, &S, pattern, string, pos, endpos) && scan_exec(&S, S.pos, mode, false, &found);
    *out = v_none();
    if (ok && found) ok = match_new(&S, out);
    scan_close(&S);
    return ok;
}

// What findall gives for one match: the whole match, its one group, or a tuple of groups.
static bool findall_item(Run *r, ObjMatch *m, Value *out) {
    uint32_t groups = m->nspans / 2 - 1;
    Value empty = v_obj(text_is_bytes(m->string) ? bytes_empty() : str_empty());
    if (groups <= 1) return match_group_value(r, m, groups, empty, out);
    Obj *t = tuple_new(r, groups);
    if (!t || !gc_push_root(r, v_obj(t))) return false;
    bool ok = true;
    for (uint32_t g = 1; ok && g <= groups; g++) {
        ok = match_group_value(r, m, g, empty, &((ObjTuple *)t)->items[g - 1]);
    }
    gc_pop_roots(r, 1);
    *out = v_obj(t);
    return ok;
}

// Every match left to right, each handed to `each` (findall).
typedef bool (*EachMatch)(Run *r, Obj *list, Value match);

static bool each_findall(Run *r, Obj *list, Value match) {
    Value item;
    return findall_item(r, as_match(match), &item) && list_append_obj(r, list, item);
}

static bool scan_all(Run *r, Value pattern, Value string, Value pos, Value endpos, EachMatch each, Value *out) {
    Obj *list = list_new(r, 0);
    if (!list || !gc_push_root(r, v_obj(list))) return false;
    Scan S;
    bool ok = scan_open(r, &S, pattern, string, pos, endpos);
    size_t at = S.pos;
    bool advance = false, found = true;
    while (ok && at <= S.endpos) {
        ok = scan_exec(&S, at, RE_MODE_SEARCH, advance, &found);
        if (!ok || !found) break;
        Value m;
        ok = match_new(&S, &m) && gc_push_root(r, m);
        if (!ok) break;
        ok = each(r, list, m);
        gc_pop_roots(r, 1);
        advance = S.slots[1] == S.slots[0];
        at = (size_t)S.slots[1];
    }
    scan_close(&S);
    gc_pop_roots(r, 1);
    *out = v_obj(list);
    return ok;
}

// ---- finditer: an iterator that searches as it is advanced ----

typedef struct ObjScanIter {
    Obj base;
    Value pattern;        // undef once exhausted
    Value string;
    size_t pos, endpos;   // the clamped bounds, which its matches report
    size_t at;            // where the next search starts
    bool advance;         // the last match was empty: the next one must move on
    uint32_t *cps;        // the code points of a str that is not ASCII, owned
    size_t ncps;          // their count, for freeing
} ObjScanIter;

static void scaniter_release(Run *r, ObjScanIter *it) {
    if (it->cps) mem_free(r, it->cps, (it->ncps + 1) * sizeof(uint32_t));
    it->cps = NULL;
    it->pattern = v_undef();
}

static IterStep scaniter_next(Run *r, Value v, Value *out) {
    ObjScanIter *it = (ObjScanIter *)v.as.obj;
    if (is_undef(it->pattern)) return ITER_END;
    Scan S = {.r = r, .p = as_pattern(it->pattern), .string = it->string.as.obj,
              .cps = it->cps, .pos = it->pos, .endpos = it->endpos};
    S.slots = mem_alloc(r, S.p->prog.nslots * sizeof(int64_t));
    bool found = false;
    bool ok = S.slots && scan_exec(&S, it->at, RE_MODE_SEARCH, it->advance, &found);
    if (ok && found) {
        ok = match_new(&S, out);
        it->advance = S.slots[1] == S.slots[0];
        it->at = (size_t)S.slots[1];
    }
    S.cps = NULL;  // the iterator's, kept for the next step
    scan_close(&S);
    if (!ok) return ITER_ERROR;
    if (found) return ITER_ITEM;
    scaniter_release(r, it);
    return ITER_END;
}

static void scaniter_trace(Run *r, Obj *o) {
    gc_mark_value(r, ((ObjScanIter *)o)->pattern);
    gc_mark_value(r, ((ObjScanIter *)o)->string);
}

static void scaniter_free(Run *r, Obj *o) {
    scaniter_release(r, (ObjScanIter *)o);
}

// CPython's finditer gives a callable_iterator over its scanner's search.
static const ObjType type_scan_iterator = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "callable_iterator",
    .id = TYPE_ITERATOR,
    .base_type = &type_object,
    .slots = {.hash = identity_hash, .iter = iter_self, .next = scaniter_next,
              .trace = scaniter_trace, .free = scaniter_free},
};

// pattern.finditer(string, pos, endpos): the arguments are checked now, the searching is
// done by each next().
static bool finditer_new(Run *r, Value pattern, Value string, Value pos, Value endpos,
                         Value *out) {
    Scan S;
    bool ok = scan_open(r, &S, pattern, string, pos, endpos);
    ObjScanIter *it = ok ? gc_new(r, ObjScanIter, &type_scan_iterator) : NULL;
    if (it) {
        it->pattern = pattern;
        it->string = string;
        it->pos = it->at = S.pos;
        it->endpos = S.endpos;
        it->cps = S.cps;
        it->ncps = text_len(S.string);
        S.cps = NULL;
        *out = v_obj(&it->base);
    }
    scan_close(&S);
    return it != NULL;
}

// ---- split ----

static bool split_append_groups(Run *r, Obj *list, Scan *S) {
    for (uint32_t g = 1; g <= S->p->prog.groups; g++) {
        Value v = v_none();
        int64_t a = S->slots[2 * g], b = S->slots[2 * g + 1];
        if (a >= 0 && b >= 0) {
            Obj *s = text_slice(r, S->string, a, b);
            if (!s) return false;
            v = v_obj(s);
        }
        if (!list_append_obj(r, list, v)) return false;
    }
    return true;
}

static bool split_append(Run *r, Obj *list, Obj *s, int64_t a, int64_t b) {
    Obj *piece = text_slice(r, s, a, b);
    return piece && list_append_obj(r, list, v_obj(piece));
}

static bool do_split(Run *r, Value pattern, Value string, int64_t maxsplit, Value *out) {
    Obj *list = list_new(r, 0);
    if (!list || !gc_push_root(r, v_obj(list))) return false;
    Scan S;
    bool ok = scan_open(r, &S, pattern, string, v_undef(), v_undef());
    int64_t last = 0, n = 0;
    size_t at = 0;
    bool advance = false, found = true;
    while (ok && maxsplit >= 0 && (maxsplit == 0 || n < maxsplit) && at <= S.endpos) {
        ok = scan_exec(&S, at, RE_MODE_SEARCH, advance, &found);
        if (!ok || !found) break;
        ok = split_append(r, list, S.string, last, S.slots[0]) && split_append_groups(r, list, &S);
        last = S.slots[1];
        advance = S.slots[1] == S.slots[0];
        at = (size_t)S.slots[1];
        n++;
    }
    ok = ok && split_append(r, list, S.string, last, (int64_t)text_len(S.string));
    scan_close(&S);
    gc_pop_roots(r, 1);
    *out = v_obj(list);
    return ok;
}

// ---- sub ----

// One piece of a replacement template: literal text, or a group.
typedef struct TplPiece {
    int64_t group;       // -1: text
    size_t start, len;   // the text: bytes of `text`
} TplPiece;

typedef struct Template {
    Buf text;  // the literal parts, unescaped
    TplPiece *pieces;
    size_t count, cap;
    bool bytes;  // a bytes template: each character is a byte
} Template;

static bool tpl_add(Run *r, Template *t, int64_t group, size_t start, size_t len) {
    if (t->count == t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 8;
        TplPiece *grown = mem_realloc(r, t->pieces, t->cap * sizeof(TplPiece), cap * sizeof(TplPiece));
        if (!grown) return false;
        t->pieces = grown;
        t->cap = cap;
    }
    t->pieces[t->count++] = (TplPiece){group, start, len};
    return true;
}

static bool tpl_text(Run *r, Template *t, const char *s, size_t len) {
    size_t start = t->text.len;
    return buf_append(&t->text, s, len) && tpl_add(r, t, -1, start, len);
}

static bool tpl_char(Run *r, Template *t, uint32_t c) {
    char enc[4] = {(char)c};
    return tpl_text(r, t, enc, t->bytes ? 1 : str_char_encode(c, enc));
}

static void tpl_free(Run *r, Template *t) {
    buf_fini(&t->text);
    if (t->pieces) mem_free(r, t->pieces, t->cap * sizeof(TplPiece));
}

static bool tpl_error(Run *r, const char *msg, int64_t pos, const Obj *tpl) {
    ReError err;
    snprintf(err.msg, sizeof err.msg, "%s", msg);
    err.pos = pos;
    return raise_pattern_error(r, &err, tpl);
}

// \g<name> or \g<number> at cps[*i] (after the 'g').
static bool tpl_named(Run *r, Template *t, ObjPattern *p, const Obj *src, const uint32_t *cps, size_t n, size_t *i) {
    size_t k = *i;
    if (k >= n || cps[k] != '<') return tpl_error(r, "missing <", (int64_t)k, src);
    size_t start = ++k;
    while (k < n && cps[k] != '>') k++;
    if (k >= n) return tpl_error(r, "missing >, unterminated name", (int64_t)start, src);
    if (k == start) return tpl_error(r, "missing group name", (int64_t)start, src);
    *i = k + 1;
    for (size_t j = start; t->bytes && j < k; j++) {
        if (cps[j] >= 0x80) return tpl_error(r, "bad character in group name", (int64_t)start, src);
    }
    size_t a = text_offset(src, start), b = text_offset(src, k);
    Obj *name = str_new(r, text_data(src) + a, b - a);
    if (!name || !gc_push_root(r, v_obj(name))) return false;
    ObjStr *nm = (ObjStr *)name;
    int64_t g = -1;
    bool digits = true;
    for (size_t j = 0; j < nm->len; j++) {
        if (nm->data[j] < '0' || nm->data[j] > '9') digits = false;
    }
    char msg[128];
    bool ok = true;
    if (digits) {
        g = 0;
        for (size_t j = 0; j < nm->len && g <= 1000000; j++) g = g * 10 + (nm->data[j] - '0');
        if (g > (int64_t)p->prog.groups) {
            snprintf(msg, sizeof msg, "invalid group reference %lld", (long long)g);
            ok = tpl_error(r, msg, (int64_t)start, src);
        }
    } else {
        Value v = dict_get_str(p->groupindex, nm);
        if (is_undef(v)) {
            bool ident = nm->len > 0 && !(nm->data[0] >= '0' && nm->data[0] <= '9');
            for (size_t j = 0; j < nm->len; j++) {
                char c = nm->data[j];
                if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || (c & 0x80))) ident = false;
            }
            snprintf(msg, sizeof msg, ident ? "unknown group name '%.60s'" : "bad character in group name '%.60s'", nm->data);
            if (ident) {
                exc_raise(r, &exc_IndexError, "%s", msg);
                ok = false;
            } else {
                ok = tpl_error(r, msg, (int64_t)start, src);
            }
        } else {
            g = v.as.i;
        }
    }
    gc_pop_roots(r, 1);
    return ok && tpl_add(r, t, g, 0, 0);
}

// One escape of the template at cps[*i] (the backslash).
static bool tpl_escape(Run *r, Template *t, ObjPattern *p, const Obj *src, const uint32_t *cps, size_t n, size_t *i) {
    size_t at = (*i)++;
    if (*i >= n) return tpl_error(r, "bad escape (end of pattern)", (int64_t)at, src);
    uint32_t c = cps[(*i)++];
    static const char simple_from[] = "ntrfva\\", simple_to[] = "\n\t\r\f\v\a\\";
    const char *hit = c < 0x80 && c ? strchr(simple_from, (int)c) : NULL;
    if (hit) return tpl_char(r, t, (unsigned char)simple_to[hit - simple_from]);
    if (c == 'g') return tpl_named(r, t, p, src, cps, n, i);
    if (c == '0' || (c >= '1' && c <= '9')) {
        uint32_t v = c - '0';
        bool octal = c == '0';
        if (!octal && *i < n && cps[*i] >= '0' && cps[*i] <= '9') {
            if (c <= '7' && cps[*i] <= '7' && *i + 1 < n && cps[*i + 1] >= '0' && cps[*i + 1] <= '7') {
                octal = true;
            } else {
                v = v * 10 + (cps[(*i)++] - '0');
            }
        }
        if (octal) {
            for (int k = 0; k < 2 && *i < n && cps[*i] >= '0' && cps[*i] <= '7'; k++) v = v * 8 + (cps[(*i)++] - '0');
            if (v > 0377) return tpl_error(r, "octal escape value outside of range 0-0o377", (int64_t)at, src);
            return tpl_char(r, t, v);
        }
        if (v > p->prog.groups) {
            char msg[64];
            snprintf(msg, sizeof msg, "invalid group reference %u", v);
            return tpl_error(r, msg, (int64_t)at + 1, src);
        }
        return tpl_add(r, t, v, 0, 0);
    }
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        char msg[32];
        snprintf(msg, sizeof msg, "bad escape \\%c", (char)c);
        return tpl_error(r, msg, (int64_t)at, src);
    }
    return tpl_text(r, t, "\\", 1) && tpl_char(r, t, c);
}

static bool tpl_parse(Run *r, Template *t, ObjPattern *p, const Obj *src) {
    buf_init(&t->text, r);
    t->pieces = NULL;
    t->count = t->cap = 0;
    t->bytes = text_is_bytes(src);
    uint32_t *cps = codes_of(r, src);
    if (!cps) return false;
    bool ok = true;
    size_t n = text_len(src), i = 0;
    while (ok && i < n) {
        if (cps[i] == '\\') {
            ok = tpl_escape(r, t, p, src, cps, n, &i);
        } else {
            ok = tpl_char(r, t, cps[i++]);
        }
    }
    codes_free(r, cps, src);
    return ok;
}

static bool tpl_expand(const Template *t, const Obj *string, const int64_t *spans, Buf *out) {
    for (size_t k = 0; k < t->count; k++) {
        const TplPiece *pc = &t->pieces[k];
        if (pc->group < 0) {
            if (!buf_append(out, t->text.data + pc->start, pc->len)) return false;
            continue;
        }
        int64_t a = spans[2 * pc->group], b = spans[2 * pc->group + 1];
        if (a < 0 || b < 0) continue;
        size_t ba = text_offset(string, (size_t)a), bb = text_offset(string, (size_t)b);
        if (!buf_append(out, text_data(string) + ba, bb - ba)) return false;
    }
    return true;
}

// CPython joins the pieces of sub's result as a list once every replacement is made: a
// callable's result that is no str fails that join, after all the calls, naming its index.
typedef struct SubPieces {
    int64_t count;     // pieces CPython's list would hold so far
    int64_t bad;       // the first piece that is no str, or -1
    const char *bad_type;
} SubPieces;

// The replacement of one match: the template expanded, or what the callable returns (None
// adds nothing).
static bool sub_replace(Run *r, Scan *S, Value repl, const Template *t, SubPieces *pieces, Buf *out) {
    if (t) {
        pieces->count++;
        return tpl_expand(t, S->string, S->slots, out);
    }
    Value m, got = repl;  // text of the other kind: a literal CPython's join then refuses
    if (!is_str(repl) && !is_bytes(repl)) {
        if (!match_new(S, &m) || !gc_push_root(r, m)) return false;
        Args a = {&m, 1, 0, NULL, NULL};
        bool ok = vm_can_nest(r) && vm_call(r, repl, &a, &got);
        gc_pop_roots(r, 1);
        if (!ok) return false;
    }
    if (is_none(got)) return true;
    if (value_type(got) != S->string->type) {
        if (pieces->bad < 0) {
            pieces->bad = pieces->count;
            pieces->bad_type = value_type_name(got);
        }
        pieces->count++;
        return true;
    }
    pieces->count++;
    return buf_append(out, text_data(got.as.obj), text_size(got.as.obj));
}

static bool do_sub(Run *r, Value pattern, Value repl, Value string, int64_t count, bool with_count, Value *out) {
    Template tpl, *t = NULL;
    bool bytes = text_is_bytes(as_pattern(pattern)->pattern);
    const char *wanted = bytes ? "a bytes-like object" : "str instance";
    if (bytes ? is_bytes(repl) : is_str(repl)) {
        t = &tpl;
        if (!tpl_parse(r, t, as_pattern(pattern), repl.as.obj)) {
            tpl_free(r, t);
            return false;
        }
    } else if (value_type(repl)->slots.call == NULL && !is_str(repl) && !is_bytes(repl)) {
        // CPython reads a template that is neither text nor callable as bytes to decode
        if (!bytes) return exc_raise(r, &exc_TypeError, "decoding to str: need a bytes-like object, %s found", value_type_name(repl));
        return exc_raise(r, &exc_TypeError, "expected %s, %s found", wanted, value_type_name(repl));
    }
    Buf b;
    buf_init(&b, r);
    Scan S;
    bool ok = scan_open(r, &S, pattern, string, v_undef(), v_undef());
    int64_t last = 0, n = 0;
    size_t at = 0;
    bool advance = false, found = true;
    SubPieces pieces = {0, -1, NULL};
    while (ok && count >= 0 && (count == 0 || n < count) && at <= S.endpos) {
        ok = scan_exec(&S, at, RE_MODE_SEARCH, advance, &found);
        if (!ok || !found) break;
        int64_t a = S.slots[0], e = S.slots[1];
        size_t ba = text_offset(S.string, (size_t)last), bb = text_offset(S.string, (size_t)a);
        if (bb > ba) pieces.count++;
        ok = buf_append(&b, text_data(S.string) + ba, bb - ba) && sub_replace(r, &S, repl, t, &pieces, &b);
        last = e;
        advance = a == e;
        at = (size_t)e;
        n++;
    }
    Obj *result = NULL;
    if (ok && pieces.bad >= 0) {
        ok = exc_raise(r, &exc_TypeError, "sequence item %lld: expected %s, %s found",
                       (long long)pieces.bad, wanted, pieces.bad_type);
    }
    if (ok) {
        size_t ba = text_offset(S.string, (size_t)last);
        ok = buf_append(&b, text_data(S.string) + ba, text_size(S.string) - ba) &&
             (result = text_from_buf(&b, bytes)) != NULL;
    }
    scan_close(&S);
    buf_fini(&b);
    if (t) tpl_free(r, t);
    if (!ok) return false;
    if (!with_count) {
        *out = v_obj(result);
        return true;
    }
    if (!gc_push_root(r, v_obj(result))) return false;
    Obj *pair = tuple_pack2(r, v_obj(result), v_int(n));
    gc_pop_roots(r, 1);
    if (!pair) return false;
    *out = v_obj(pair);
    return true;
}

// ---- Pattern ----

// Appends text[0..len) cut to `chars` code points: CPython's %.NR.
static bool append_cut(Buf *out, const char *text, size_t len, size_t chars) {
    size_t cut = 0, n = 0;
    while (cut < len && n < chars) {
        cut += str_char_seq_len((unsigned char)text[cut]);
        n++;
    }
    return buf_append(out, text, cut);
}


static const char *const flag_names[] = {"TEMPLATE", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL",
                                         "UNICODE", "VERBOSE", "DEBUG", "ASCII"};

static bool flags_repr(Buf *out, int64_t flags) {
    bool first = true;
    for (int k = 0; k < 9; k++) {
        if (!(flags & (1 << k))) continue;
        if (!buf_printf(out, "%sre.%s", first ? "" : "|", flag_names[k])) return false;
        first = false;
        flags &= ~(int64_t)(1 << k);
    }
    if (flags) return buf_printf(out, "%s0x%llx", first ? "" : "|", (long long)flags);
    return true;
}

static bool pattern_repr(Run *r, Value v, Buf *out) {
    ObjPattern *p = as_pattern(v);
    int64_t flags = p->flags;
    if ((flags & (RE_FLAG_LOCALE | RE_FLAG_UNICODE | RE_FLAG_ASCII)) == RE_FLAG_UNICODE) flags &= ~RE_FLAG_UNICODE;
    Buf rep;
    buf_init(&rep, r);
    bool ok = ops_repr(r, v_obj(p->pattern), &rep) && buf_append_cstr(out, "re.compile(") &&
              append_cut(out, rep.data, rep.len, 200);
    buf_fini(&rep);
    if (!ok) return false;
    if (flags && (!buf_append_cstr(out, ", ") || !flags_repr(out, flags))) return false;
    return buf_append_char(out, ')');
}

static bool pattern_getattr(Run *r, Value v, Obj *name, Value *out) {
    ObjPattern *p = as_pattern(v);
    ObjStr *n = (ObjStr *)name;
    *out = v_undef();
    if (str_equal_cstr(n, "pattern")) *out = v_obj(p->pattern);
    if (str_equal_cstr(n, "flags")) *out = v_int(p->flags);
    if (str_equal_cstr(n, "groups")) *out = v_int(p->prog.groups);
    if (str_equal_cstr(n, "groupindex")) {
        Obj *d = dict_copy(r, p->groupindex);
        if (!d) return false;
        *out = v_obj(d);
    }
    return true;
}

static bool pattern_compare(Run *r, Value a, Value b, int op, Value *out) {
    (void)r;
    *out = v_obj((Obj *)&obj_notimpl);
    if (!is_pattern(b) || (op != AST_CMP_EQ && op != AST_CMP_NE)) return true;
    ObjPattern *x = as_pattern(a), *y = as_pattern(b);
    bool eq = x->flags == y->flags && x->pattern->type == y->pattern->type &&
              text_size(x->pattern) == text_size(y->pattern) &&
              memcmp(text_data(x->pattern), text_data(y->pattern), text_size(x->pattern)) == 0;
    *out = v_bool(op == AST_CMP_EQ ? eq : !eq);
    return true;
}

static bool pattern_hash(Run *r, Value v, int64_t *out) {
    (void)r;
    Obj *p = as_pattern(v)->pattern;
    *out = str_hash_bytes(text_data(p), text_size(p)) ^ as_pattern(v)->flags;
    return true;
}

static const char *const scan_names[] = {"string", "pos", "endpos"};
static const ArgSpec search_spec = {"search", scan_names, 3, 0, 3, 1};
static const ArgSpec match_spec = {"match", scan_names, 3, 0, 3, 1};
static const ArgSpec fullmatch_spec = {"fullmatch", scan_names, 3, 0, 3, 1};
static const ArgSpec findall_spec = {"findall", scan_names, 3, 0, 3, 1};
static const ArgSpec finditer_spec = {"finditer", scan_names, 3, 0, 3, 1};

static bool pattern_scan(Run *r, Value self, const Args *a, const ArgSpec *spec, int mode, Value *out) {
    Value v[3];
    return args_bind(r, a, spec, v) && scan_once(r, self, v[0], v[1], v[2], mode, out);
}

static bool pattern_search(Run *r, Value self, const Args *a, Value *out) {
    return pattern_scan(r, self, a, &search_spec, RE_MODE_SEARCH, out);
}
static bool pattern_match(Run *r, Value self, const Args *a, Value *out) {
    return pattern_scan(r, self, a, &match_spec, RE_MODE_MATCH, out);
}
static bool pattern_fullmatch(Run *r, Value self, const Args *a, Value *out) {
    return pattern_scan(r, self, a, &fullmatch_spec, RE_MODE_FULL, out);
}

static bool pattern_findall(Run *r, Value self, const Args *a, Value *out) {
    Value v[3];
    return args_bind(r, a, &findall_spec, v) && scan_all(r, self, v[0], v[1], v[2], each_findall, out);
}

static bool pattern_finditer(Run *r, Value self, const Args *a, Value *out) {
    Value v[3];
    return args_bind(r, a, &finditer_spec, v) && finditer_new(r, self, v[0], v[1], v[2], out);
}

static bool count_arg(Run *r, Value v, int64_t *out) {
    *out = 0;
    return is_undef(v) || ops_index(r, v, out);
}

static const char *const split_names[] = {"string", "maxsplit"};
static const ArgSpec split_spec = {"split", split_names, 2, 0, 2, 1};

static bool pattern_split(Run *r, Value self, const Args *a, Value *out) {
    Value v[2];
    int64_t maxsplit;
    return args_bind(r, a, &split_spec, v) && count_arg(r, v[1], &maxsplit) && do_split(r, self, v[0], maxsplit, out);
}

static const char *const sub_names[] = {"repl", "string", "count"};
static const ArgSpec sub_spec = {"sub", sub_names, 3, 0, 3, 2};
static const ArgSpec subn_spec = {"subn", sub_names, 3, 0, 3, 2};

static bool pattern_sub(Run *r, Value self, const Args *a, Value *out) {
    Value v[3];
    int64_t count;
    return args_bind(r, a, &sub_spec, v) && count_arg(r, v[2], &count) && do_sub(r, self, v[0], v[1], count, false, out);
}

static bool pattern_subn(Run *r, Value self, const Args *a, Value *out) {
    Value v[3];
    int64_t count;
    return args_bind(r, a, &subn_spec, v) && count_arg(r, v[2], &count) && do_sub(r, self, v[0], v[1], count, true, out);
}

static const MethodDef pattern_methods[] = {
    {"findall", pattern_findall, 0},
    {"finditer", pattern_finditer, 0},
    {"fullmatch", pattern_fullmatch, 0},
    {"match", pattern_match, 0},
    {"search", pattern_search, 0},
    {"split", pattern_split, 0},
    {"sub", pattern_sub, 0},
    {"subn", pattern_subn, 0},
};

static void pattern_trace(Run *r, Obj *o) {
    gc_mark_obj(r, ((ObjPattern *)o)->pattern);
    gc_mark_obj(r, ((ObjPattern *)o)->groupindex);
}

static void pattern_free(Run *r, Obj *o) {
    re_prog_free(r, &((ObjPattern *)o)->prog);
}

const ObjType mod_re_pattern_type = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "Pattern",
    .module = "re",
    .id = TYPE_OBJECT,
    .base_type = &type_object,
    .methods = pattern_methods,
    .method_count = sizeof pattern_methods / sizeof *pattern_methods,
    .slots = {
        .repr = pattern_repr,
        .hash = pattern_hash,
        .compare = pattern_compare,
        .getattr = pattern_getattr,
        .trace = pattern_trace,
        .free = pattern_free,
    },
};

// ---- Match ----

// The group a Match method is asked about: an index or a name. IndexError otherwise.
static bool match_group_index(Run *r, ObjMatch *m, Value g, uint32_t *out) {
    int64_t k = -1;
    if (is_str(g)) {
        Value v = dict_get_str(((ObjPattern *)m->pattern)->groupindex, as_str(g));
        if (!is_undef(v)) k = v.as.i;
    } else if (g.tag == VAL_INT || g.tag == VAL_BOOL) {
        k = g.tag == VAL_BOOL ? (int64_t)g.as.b : g.as.i;
    }
    if (k < 0 || k >= (int64_t)(m->nspans / 2)) return exc_raise(r, &exc_IndexError, "no such group");
    *out = (uint32_t)k;
    return true;
}

static bool match_repr(Run *r, Value v, Buf *out) {
    ObjMatch *m = as_match(v);
    Value whole;
    if (!match_group_value(r, m, 0, v_none(), &whole) || !gc_push_root(r, whole)) return false;
    Buf rep;
    buf_init(&rep, r);
    bool ok = ops_repr(r, whole, &rep);
    gc_pop_roots(r, 1);
    ok = ok && buf_printf(out, "<re.Match object; span=(%lld, %lld), match=", (long long)m->spans[0],
                          (long long)m->spans[1]) &&
         append_cut(out, rep.data, rep.len, 50) && buf_append_char(out, '>');
    buf_fini(&rep);
    return ok;
}

static bool match_group(Run *r, Value self, const Args *a, Value *out) {
    if (a->nkw) return exc_raise(r, &exc_TypeError, "group() takes no keyword arguments");
    ObjMatch *m = as_match(self);
    uint32_t g = 0;
    if (a->npos <= 1) {
        return (a->npos == 0 || match_group_index(r, m, a->pos[0], &g)) &&
               match_group_value(r, m, g, v_none(), out);
    }
    Obj *t = tuple_new(r, a->npos);
    if (!t || !gc_push_root(r, v_obj(t))) return false;
    bool ok = true;
    for (uint32_t k = 0; ok && k < a->npos; k++) {
        ok = match_group_index(r, m, a->pos[k], &g) &&
             match_group_value(r, m, g, v_none(), &((ObjTuple *)t)->items[k]);
    }
    gc_pop_roots(r, 1);
    *out = v_obj(t);
    return ok;
}

static bool match_getitem(Run *r, Value v, Value key, Value *out) {
    uint32_t g = 0;
    return match_group_index(r, as_match(v), key, &g) && match_group_value(r, as_match(v), g, v_none(), out);
}

static const char *const default_names[] = {"default"};
static const ArgSpec groups_spec = {"groups", default_names, 1, 0, 1, 0};
static const ArgSpec groupdict_spec = {"groupdict", default_names, 1, 0, 1, 0};

static bool match_groups(Run *r, Value self, const Args *a, Value *out) {
    Value dflt;
    if (!args_bind(r, a, &groups_spec, &dflt)) return false;
    if (is_undef(dflt)) dflt = v_none();
    ObjMatch *m = as_match(self);
    uint32_t groups = m->nspans / 2 - 1;
    Obj *t = tuple_new(r, groups);
    if (!t || !gc_push_root(r, v_obj(t))) return false;
    bool ok = true;
    for (uint32_t g = 1; ok && g <= groups; g++) ok = match_group_value(r, m, g, dflt, &((ObjTuple *)t)->items[g - 1]);
    gc_pop_roots(r, 1);
    *out = v_obj(t);
    return ok;
}

static bool match_groupdict(Run *r, Value self, const Args *a, Value *out) {
    Value dflt;
    if (!args_bind(r, a, &groupdict_spec, &dflt)) return false;
    if (is_undef(dflt)) dflt = v_none();
    ObjMatch *m = as_match(self);
    Obj *d = dict_new(r);
    if (!d || !gc_push_root(r, v_obj(d))) return false;
    bool ok = true;
    DictIter it;
    Value name, g;
    dict_iter_init(&it, v_obj(((ObjPattern *)m->pattern)->groupindex));
    while (ok && dict_iter_next(&it, &name, &g)) {
        Value v;
        ok = match_group_value(r, m, (uint32_t)g.as.i, dflt, &v) && gc_push_root(r, v);
        if (!ok) break;
        ok = dict_set(r, d, name, v);
        gc_pop_roots(r, 1);
    }
    gc_pop_roots(r, 1);
    *out = v_obj(d);
    return ok;
}

static bool match_span_arg(Run *r, Value self, const Args *a, const char *fname, uint32_t *g) {
    *g = 0;
    return args_positional(r, a, fname, 0, 1) && (a->npos == 0 || match_group_index(r, as_match(self), a->pos[0], g));
}

static bool match_start(Run *r, Value self, const Args *a, Value *out) {
    uint32_t g;
    if (!match_span_arg(r, self, a, "start", &g)) return false;
    *out = v_int(as_match(self)->spans[2 * g]);
    return true;
}

static bool match_end(Run *r, Value self, const Args *a, Value *out) {
    uint32_t g;
    if (!match_span_arg(r, self, a, "end", &g)) return false;
    *out = v_int(as_match(self)->spans[2 * g + 1]);
    return true;
}

static bool match_span(Run *r, Value self, const Args *a, Value *out) {
    uint32_t g;
    if (!match_span_arg(r, self, a, "span", &g)) return false;
    ObjMatch *m = as_match(self);
    Obj *t = tuple_pack2(r, v_int(m->spans[2 * g]), v_int(m->spans[2 * g + 1]));
    if (!t) return false;
    *out = v_obj(t);
    return true;
}

static bool match_expand(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "expand", 1, 1)) return false;
    ObjMatch *m = as_match(self);
    bool bytes = text_is_bytes(m->string);
    if (value_type(a->pos[0]) != m->string->type) {
        return exc_raise(r, &exc_TypeError, "expected %s, %s found", bytes ? "a bytes-like object" : "str instance",
                         value_type_name(a->pos[0]));
    }
    Template t;
    Buf b;
    buf_init(&b, r);
    bool ok = tpl_parse(r, &t, (ObjPattern *)m->pattern, a->pos[0].as.obj) && tpl_expand(&t, m->string, m->spans, &b);
    Obj *s = ok ? text_from_buf(&b, bytes) : NULL;
    tpl_free(r, &t);
    buf_fini(&b);
    if (!s) return false;
    *out = v_obj(s);
    return true;
}

static bool match_getattr(Run *r, Value v, Obj *name, Value *out) {
    ObjMatch *m = as_match(v);
    ObjStr *n = (ObjStr *)name;
    *out = v_undef();
    if (str_equal_cstr(n, "string")) *out = v_obj(m->string);
    if (str_equal_cstr(n, "re")) *out = v_obj(m->pattern);
    if (str_equal_cstr(n, "pos")) *out = v_int(m->pos);
    if (str_equal_cstr(n, "endpos")) *out = v_int(m->endpos);
    if (str_equal_cstr(n, "lastindex")) *out = m->lastindex < 0 ? v_none() : v_int(m->lastindex);
    if (str_equal_cstr(n, "lastgroup")) {
        *out = v_none();
        DictIter it;
        Value key, g;
        dict_iter_init(&it, v_obj(((ObjPattern *)m->pattern)->groupindex));
        while (m->lastindex >= 0 && dict_iter_next(&it, &key, &g)) {
            if (g.as.i == m->lastindex) *out = key;
        }
    }
    if (str_equal_cstr(n, "regs")) {
        uint32_t count = m->nspans / 2;
        Obj *t = tuple_new(r, count);
        if (!t || !gc_push_root(r, v_obj(t))) return false;
        bool ok = true;
        for (uint32_t g = 0; ok && g < count; g++) {
            Obj *pair = tuple_pack2(r, v_int(m->spans[2 * g]), v_int(m->spans[2 * g + 1]));
            ok = pair != NULL;
            if (ok) ((ObjTuple *)t)->items[g] = v_obj(pair);
        }
        gc_pop_roots(r, 1);
        if (!ok) return false;
        *out = v_obj(t);
    }
    return true;
}

static const MethodDef match_methods[] = {
    {"end", match_end, 0},
    {"expand", match_expand, 0},
    {"group", match_group, 0},
    {"groupdict", match_groupdict, 0},
    {"groups", match_groups, 0},
    {"span", match_span, 0},
    {"start", match_start, 0},
};

static void match_trace(Run *r, Obj *o) {
    gc_mark_obj(r, ((ObjMatch *)o)->pattern);
    gc_mark_obj(r, ((ObjMatch *)o)->string);
}

const ObjType mod_re_match_type = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "Match",
    .module = "re",
    .id = TYPE_OBJECT,
    .base_type = &type_object,
    .methods = match_methods,
    .method_count = sizeof match_methods / sizeof *match_methods,
    .slots = {
        .repr = match_repr,
        .getitem = match_getitem,
        .getattr = match_getattr,
        .trace = match_trace,
    },
};

// ---- the module's functions ----

static const char *const mod_scan_names[] = {"pattern", "string", "flags"};
static const ArgSpec mod_search_spec = {"search", mod_scan_names, 3, 0, 3, 2};
static const ArgSpec mod_match_spec = {"match", mod_scan_names, 3, 0, 3, 2};
static const ArgSpec mod_fullmatch_spec = {"fullmatch", mod_scan_names, 3, 0, 3, 2};
static const ArgSpec mod_findall_spec = {"findall", mod_scan_names, 3, 0, 3, 2};
static const ArgSpec mod_finditer_spec = {"finditer", mod_scan_names, 3, 0, 3, 2};

// Binds (pattern, string, flags) and compiles: v[0] becomes the Pattern, rooted by the caller.
static bool mod_bind(Run *r, const Args *a, const ArgSpec *spec, Value *v) {
    return args_bind(r, a, spec, v) && pattern_of(r, v[0], v[2], spec->fname, &v[0]) && gc_push_root(r, v[0]);
}

static bool mod_scan(Run *r, const Args *a, const ArgSpec *spec, int mode, Value *out) {
    Value v[3];
    if (!mod_bind(r, a, spec, v)) return false;
    bool ok = scan_once(r, v[0], v[1], v_undef(), v_undef(), mode, out);
    gc_pop_roots(r, 1);
    return ok;
}

static bool re_search(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    return mod_scan(r, a, &mod_search_spec, RE_MODE_SEARCH, out);
}
static bool re_match(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    return mod_scan(r, a, &mod_match_spec, RE_MODE_MATCH, out);
}
static bool re_fullmatch(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    return mod_scan(r, a, &mod_fullmatch_spec, RE_MODE_FULL, out);
}

static bool re_findall(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    Value v[3];
    if (!mod_bind(r, a, &mod_findall_spec, v)) return false;
    bool ok = scan_all(r, v[0], v[1], v_undef(), v_undef(), each_findall, out);
    gc_pop_roots(r, 1);
    return ok;
}

static bool re_finditer(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    Value v[3];
    if (!mod_bind(r, a, &mod_finditer_spec, v)) return false;
    bool ok = finditer_new(r, v[0], v[1], v_undef(), v_undef(), out);
    gc_pop_roots(r, 1);
    return ok;
}

static const char *const compile_names[] = {"pattern", "flags"};
static const ArgSpec compile_spec = {"compile", compile_names, 2, 0, 2, 1};

static bool re_compile_fn(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    Value v[2];
    return args_bind(r, a, &compile_spec, v) && pattern_of(r, v[0], v[1], compile_spec.fname, out);
}

static const char *const mod_split_names[] = {"pattern", "string", "maxsplit", "flags"};
static const ArgSpec mod_split_spec = {"split", mod_split_names, 4, 0, 4, 2};

static bool re_split(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    Value v[4], p;
    int64_t maxsplit;
    if (!args_bind(r, a, &mod_split_spec, v) || !count_arg(r, v[2], &maxsplit)) return false;
    if (!pattern_of(r, v[0], v[3], mod_split_spec.fname, &p) || !gc_push_root(r, p)) return false;
    bool ok = do_split(r, p, v[1], maxsplit, out);
    gc_pop_roots(r, 1);
    return ok;
}

static const char *const mod_sub_names[] = {"pattern", "repl", "string", "count", "flags"};
static const ArgSpec mod_sub_spec = {"sub", mod_sub_names, 5, 0, 5, 3};
static const ArgSpec mod_subn_spec = {"subn", mod_sub_names, 5, 0, 5, 3};

static bool mod_sub(Run *r, const Args *a, const ArgSpec *spec, bool with_count, Value *out) {
    Value v[5], p;
    int64_t count;
    if (!args_bind(r, a, spec, v) || !count_arg(r, v[3], &count)) return false;
    if (!pattern_of(r, v[0], v[4], spec->fname, &p) || !gc_push_root(r, p)) return false;
    bool ok = do_sub(r, p, v[1], v[2], count, with_count, out);
    gc_pop_roots(r, 1);
    return ok;
}

static bool re_sub(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    return mod_sub(r, a, &mod_sub_spec, false, out);
}

static bool re_subn(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    return mod_sub(r, a, &mod_subn_spec, true, out);
}

static bool re_escape(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!args_positional(r, a, "escape", 1, 1)) return false;
    Value v = a->pos[0];
    if (!is_str(v) && !is_bytes(v)) {
        return exc_raise(r, &exc_TypeError, "decoding to str: need a bytes-like object, %s found", value_type_name(v));
    }
    Buf b;
    buf_init(&b, r);
    bool ok = true;
    for (size_t k = 0; ok && k < text_size(v.as.obj); k++) {
        char c = text_data(v.as.obj)[k];
        if (c && strchr("()[]{}?*+-|^$\\.&~# \t\n\r\v\f", c)) ok = buf_append_char(&b, '\\');
        ok = ok && buf_append_char(&b, c);
    }
    Obj *res = ok ? text_from_buf(&b, is_bytes(v)) : NULL;
    buf_fini(&b);
    if (!res) return false;
    *out = v_obj(res);
    return true;
}

static bool re_purge(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    *out = v_none();
    return args_positional(r, a, "purge", 0, 0);
}

STATIC_BUILTIN("compile", re_compile_fn, 0)
STATIC_BUILTIN("search", re_search, 0)
STATIC_BUILTIN("match", re_match, 0)
STATIC_BUILTIN("fullmatch", re_fullmatch, 0)
STATIC_BUILTIN("findall", re_findall, 0)
STATIC_BUILTIN("finditer", re_finditer, 0)
STATIC_BUILTIN("split", re_split, 0)
STATIC_BUILTIN("sub", re_sub, 0)
STATIC_BUILTIN("subn", re_subn, 0)
STATIC_BUILTIN("escape", re_escape, 0)
STATIC_BUILTIN("purge", re_purge, 0)

bool mod_re_init(Run *r, Obj *module) {
    if (!mod_re_flag_init(r, module)) return false;
    return module_set(r, module, "compile", v_obj((Obj *)&obj_re_compile_fn)) &&
           module_set(r, module, "search", v_obj((Obj *)&obj_re_search)) &&
           module_set(r, module, "match", v_obj((Obj *)&obj_re_match)) &&
           module_set(r, module, "fullmatch", v_obj((Obj *)&obj_re_fullmatch)) &&
           module_set(r, module, "findall", v_obj((Obj *)&obj_re_findall)) &&
           module_set(r, module, "finditer", v_obj((Obj *)&obj_re_finditer)) &&
           module_set(r, module, "split", v_obj((Obj *)&obj_re_split)) &&
           module_set(r, module, "sub", v_obj((Obj *)&obj_re_sub)) &&
           module_set(r, module, "subn", v_obj((Obj *)&obj_re_subn)) &&
           module_set(r, module, "escape", v_obj((Obj *)&obj_re_escape)) &&
           module_set(r, module, "purge", v_obj((Obj *)&obj_re_purge)) &&
           module_set(r, module, "error", v_obj((Obj *)&pattern_error_type)) &&
           module_set(r, module, "PatternError", v_obj((Obj *)&pattern_error_type)) &&
           module_set(r, module, "Pattern", v_obj((Obj *)&mod_re_pattern_type)) &&
           module_set(r, module, "Match", v_obj((Obj *)&mod_re_match_type));
}
