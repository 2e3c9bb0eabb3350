// moat_start and MoatProgress: a run of a program's bytecode, and what it ended with.
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "api/program.h"
#include "include/moat.h"
#include "interp/buf.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/obj_dict.h"
#include "interp/obj_str.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"
#include "interp/run.h"
#include "interp/traceback.h"
#include "interp/vm.h"

struct MoatProgress {
    Arena arena;  // the strings below; the progress itself lives here too
    MoatProgressKind kind;
    const char *repr, *str, *type;           // DONE
    const char *err_type, *err_message, *tb;  // ERROR
    bool is_limit;
};

void moat_limits_init(MoatLimits *l) {
    *l = (MoatLimits){
        .max_duration = 5.0,
        .max_memory = 256u << 20,
        .max_allocations = 10000000,
        .max_recursion = 1000,
        .max_instructions = 0,
        .max_output = 10u << 20,
    };
}

void moat_run_options_init(MoatRunOptions *o) {
    memset(o, 0, sizeof *o);
    moat_limits_init(&o->limits);
}

static MoatProgress *progress_new(MoatProgressKind kind) {
    Arena a;
    arena_init(&a);
    MoatProgress *p = arena_calloc(&a, 1, sizeof *p);
    if (!p) {
        arena_fini(&a);
        return NULL;
    }
    p->arena = a;
    p->kind = kind;
    return p;
}

void moat_progress_free(MoatProgress *p) {
    if (!p) return;
    Arena a = p->arena;  // p lives inside
    arena_fini(&a);
}

static const char *progress_str(MoatProgress *p, const char *s, size_t n) {
    return arena_strndup(&p->arena, s, n);
}

static const char *const limit_names[] = {
    [ABORT_MEMORY] = "memory",
    [ABORT_ALLOCATIONS] = "allocations",
    [ABORT_INSTRUCTIONS] = "instructions",
    [ABORT_DURATION] = "duration",
    [ABORT_OUTPUT] = "output",
    [ABORT_RECURSION] = "recursion",
};

static bool progress_limit(MoatProgress *p, RunAbort why) {
    char msg[128];
    snprintf(msg, sizeof msg, "%s limit exceeded", limit_names[why]);
    char tb[160];
    snprintf(tb, sizeof tb, "LimitError: %s", msg);
    p->is_limit = true;
    p->err_type = "LimitError";
    p->err_message = progress_str(p, msg, strlen(msg));
    p->tb = progress_str(p, tb, strlen(tb));
    return p->err_message && p->tb;
}

// The exception's type, message and traceback as strings the progress owns.
static bool progress_exception(MoatProgress *p, Run *r, const MoatProgram *prog) {
    Value exc = r->exc;
    exc_clear(r);
    if (!gc_push_root(r, exc)) return false;
    ObjException *e = (ObjException *)exc.as.obj;
    p->err_type = progress_str(p, e->base.type->name, strlen(e->base.type->name));
    ObjTuple *args = (ObjTuple *)e->args.as.obj;
    if (args->len >= 1 && is_str(args->items[0])) {
        ObjStr *m = as_str(args->items[0]);
        p->err_message = progress_str(p, m->data, m->len);
    }
    Buf b;
    buf_init(&b, r);
    SourceInfo src = {program_source(prog), program_source_len(prog), program_name(prog)};
    bool ok = traceback_format(r, exc, &src, &b);
    if (ok) {
        size_t n = b.len && b.data[b.len - 1] == '\n' ? b.len - 1 : b.len;
        p->tb = progress_str(p, b.data ? b.data : "", n);
    }
    buf_fini(&b);
    return ok && p->err_type && p->tb;
}

static bool progress_result(MoatProgress *p, Run *r, Value v) {
    if (!gc_push_root(r, v)) return false;
    Buf b;
    buf_init(&b, r);
    bool ok = ops_repr(r, v, &b);
    if (ok) p->repr = progress_str(p, b.data ? b.data : "", b.len);
    b.len = 0;
    ok = ok && ops_str(r, v, &b);
    if (ok) p->str = progress_str(p, b.data ? b.data : "", b.len);
    buf_fini(&b);
    const char *t = value_type_name(v);
    p->type = progress_str(p, t, strlen(t));
    return ok && p->repr && p->str && p->type;
}

static void run_config_from(const MoatRunOptions *o, RunConfig *cfg) {
    const MoatLimits *l = &o->limits;
    *cfg = (RunConfig){
        .max_memory = l->max_memory,
        .max_allocations = l->max_allocations,
        .max_recursion = l->max_recursion,
        .max_instructions = l->max_instructions,
        .max_duration_ns = l->max_duration > 0 ? (uint64_t)llround(l->max_duration * 1e9) : 0,
        .max_output = l->max_output,
        .print = o->print,
        .print_ctx = o->print_ctx,
    };
}

MoatStatus moat_start(const MoatProgram *program, const MoatRunOptions *options,
                      MoatProgress **out) {
    if (!program || !out) return MOAT_ERR_INVALID;
    *out = NULL;
    MoatRunOptions defaults;
    if (!options) {
        moat_run_options_init(&defaults);
        options = &defaults;
    }
    if (!program_runnable(program)) {
        MoatProgress *p = progress_new(MOAT_PROGRESS_ERROR);
        if (!p || !program_syntax_error(program, &p->arena, &p->err_type, &p->err_message, &p->tb)) {
            moat_progress_free(p);
            return MOAT_ERR_NOMEM;
        }
        *out = p;
        return MOAT_OK;
    }
    RunConfig cfg;
    run_config_from(options, &cfg);
    Run *r = run_new(&cfg);
    if (!r) return MOAT_ERR_NOMEM;
    MoatProgress *p = NULL;
    Value result;
    bool done = vm_run_module(r, program_code(program), r->globals, &result);
    p = progress_new(done ? MOAT_PROGRESS_DONE : MOAT_PROGRESS_ERROR);
    bool ok = p != NULL;
    if (ok && done) {
        ok = progress_result(p, r, result);
        if (!ok && r->abort == ABORT_NONE && is_exception(r->exc)) {
            // repr() of the result raised: report that exception
            p->kind = MOAT_PROGRESS_ERROR;
            ok = progress_exception(p, r, program);
        }
    } else if (ok) {
        ok = r->abort != ABORT_NONE ? progress_limit(p, r->abort) : progress_exception(p, r, program);
        if (!ok && r->abort != ABORT_NONE) ok = progress_limit(p, r->abort);
    }
    if (ok && p->kind == MOAT_PROGRESS_ERROR && !p->err_type) ok = progress_limit(p, r->abort);
    run_free(r);
    if (!ok) {
        moat_progress_free(p);
        return MOAT_ERR_NOMEM;
    }
    *out = p;
    return MOAT_OK;
}

MoatProgressKind moat_progress_kind(const MoatProgress *p) { return p->kind; }
const char *moat_progress_result_repr(const MoatProgress *p) { return p->repr; }
const char *moat_progress_result_str(const MoatProgress *p) { return p->str; }
const char *moat_progress_result_type(const MoatProgress *p) { return p->type; }
const char *moat_progress_error_type(const MoatProgress *p) { return p->err_type; }
const char *moat_progress_error_message(const MoatProgress *p) { return p->err_message; }
const char *moat_progress_error_traceback(const MoatProgress *p) { return p->tb; }
bool moat_progress_error_is_limit(const MoatProgress *p) { return p->is_limit; }
