// moat_start and MoatProgress: a run of a program's bytecode, and what it ended with.
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api/check.h"
#include "api/convert.h"
#include "api/validate.h"
#include "api/progress.h"
#include "api/program.h"
#include "api/value.h"
#include "include/moat.h"
#include "interp/buf.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/obj_dict.h"
#include "interp/mod_asyncio.h"
#include "interp/obj_external.h"
#include "interp/obj_str.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"
#include "interp/run.h"
#include "interp/traceback.h"
#include "interp/vm.h"


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

static MoatProgress *progress_new(void) {
    Arena a;
    arena_init(&a);
    MoatProgress *p = arena_calloc(&a, 1, sizeof *p);
    if (!p) {
        arena_fini(&a);
        return NULL;
    }
    p->arena = a;
    return p;
}

static void progress_drop_call(MoatProgress *p) {
    free(p->pending);
    p->pending = NULL;
    p->pending_count = 0;
    free(p->call_name);
    moat_value_free(p->call_args);
    moat_value_free(p->call_kwargs);
    p->call_name = NULL;
    p->call_args = p->call_kwargs = NULL;
}

void progress_setup_free(RunSetup *s, Event *events, size_t event_count) {
    for (size_t k = 0; k < s->external_count; k++) free((char *)s->externals[k].name);
    free(s->externals);
    for (size_t k = 0; k < s->input_count; k++) {
        free(s->input_names[k]);
        moat_value_free(s->input_values[k]);
    }
    free(s->input_names);
    free(s->input_values);
    free(s->key);
    for (size_t k = 0; k < event_count; k++) moat_value_free(events[k].outcome);
    free(events);
    memset(s, 0, sizeof *s);
}

void moat_progress_free(MoatProgress *p) {
    if (!p) return;
    progress_drop_call(p);
    progress_setup_free(&p->setup, p->events, p->event_count);
    if (p->run) run_fini(p->run);
    moat_program_free(p->own_program);
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
static bool progress_exception(MoatProgress *p, Run *r) {
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
    bool ok = traceback_format(r, exc, &b);
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
    if (v.tag == VAL_INT || v.tag == VAL_FLOAT || v.tag == VAL_BOOL || v.tag == VAL_NONE) {
        p->str = p->repr;  // str is repr for these; other values may run a __repr__ again
    } else {
        b.len = 0;
        ok = ok && ops_str(r, v, &b);
        if (ok) p->str = progress_str(p, b.data ? b.data : "", b.len);
    }
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

// The host stub's signature of function `name`, or NULL (no stubs, or not declared there).
static const TcFunc *stub_function(const MoatStubs *stubs, const char *name) {
    const TcStubs *tc = stubs ? check_stubs_get(stubs) : NULL;
    TcStubName n;
    for (size_t k = 0; tc && tc_stubs_name_at(tc, k, &n); k++) {
        if (n.is_function && strcmp(n.name, name) == 0) return n.function;
    }
    return NULL;
}

// The run stopped at an external call: the call's name and arguments, copied for the host.
// False with an exception pending in the run when an argument cannot cross.
static bool progress_call(MoatProgress *p, bool *nomem) {
    Run *r = p->run;
    const ObjStr *name = (const ObjStr *)((ObjExternal *)r->call_fn)->name;
    ConvertWho who = {CONVERT_CALL_ARGS, name->data};
    p->call_name = strdup(name->data);
    if (!p->call_name) {
        *nomem = true;
        return false;
    }
    if (!convert_out(r, r->call_args, who, &p->call_args)) return false;
    if (is_undef(r->call_kwargs)) {
        p->call_kwargs = moat_value_container(MOAT_VALUE_DICT);
        *nomem = !p->call_kwargs;
    } else if (!convert_out(r, r->call_kwargs, who, &p->call_kwargs)) {
        return false;
    }
    if (!p->call_kwargs) return false;
    p->call_digest = value_digest(value_digest(value_digest_bytes(VALUE_DIGEST_SEED, name->data, name->len),
                                               p->call_args), p->call_kwargs);
    const TcFunc *f = stub_function(p->stubs, name->data);
    char why[600];
    if (f && !validate_call(f, p->call_args, p->call_kwargs, why, sizeof why)) {
        return exc_raise(r, &exc_TypeError, "%s", why);
    }
    return true;
}

// Records an answer or a deferral for dumps; `outcome` is copied.
static bool progress_record(MoatProgress *p, EventKind kind, uint64_t id, const MoatValue *outcome) {
    if (p->event_count == p->event_cap) {
        size_t cap = p->event_cap ? 2 * p->event_cap : 16;
        Event *e = realloc(p->events, cap * sizeof *e);
        if (!e) return false;
        p->events = e;
        p->event_cap = cap;
    }
    Event e = {(uint8_t)kind, id, p->kind == MOAT_PROGRESS_CALL ? p->call_digest : 0, NULL};
    if (outcome && !(e.outcome = moat_value_copy(outcome))) return false;
    p->events[p->event_count++] = e;
    return true;
}

// Moves p on from where the run's dispatch loop stopped (`e`, with the module's value in
// `result` when it returned): to the next call, or to the end, freeing the run.
// The run waits on the host's async calls: their ids, for the host.
static bool progress_waiting(MoatProgress *p) {
    Run *r = p->run;
    size_t n = dict_len(r->pending);
    p->pending = malloc((n ? n : 1) * sizeof *p->pending);
    if (!p->pending) return false;
    size_t pos = 0;
    Value key, val;
    while (dict_next(r->pending, &pos, &key, &val)) p->pending[p->pending_count++] = (uint64_t)key.as.i;
    p->kind = MOAT_PROGRESS_WAITING;
    return true;
}

static MoatStatus progress_advance(MoatProgress *p, VmExit e, Value result) {
    Run *r = p->run;
    if (e == VM_WAIT) return progress_waiting(p) ? MOAT_OK : MOAT_ERR_NOMEM;
    while (e == VM_SUSPEND) {
        bool nomem = false;
        if (progress_call(p, &nomem)) {
            p->kind = MOAT_PROGRESS_CALL;
            p->call_id = ++p->calls;
            p->call_is_async = r->call_future != NULL;
            if (r->call_future) ((ObjFuture *)r->call_future)->id = p->call_id;
            return MOAT_OK;
        }
        progress_drop_call(p);
        if (nomem) return MOAT_ERR_NOMEM;
        // an argument that cannot cross: the call raises it in the script
        Value exc = r->exc;
        exc_clear(r);
        e = vm_resume(r, v_undef(), exc, &result);
        if (e == VM_WAIT) return progress_waiting(p) ? MOAT_OK : MOAT_ERR_NOMEM;
    }
    bool ok;
    if (e == VM_RETURN) {
        p->kind = MOAT_PROGRESS_DONE;
        ok = progress_result(p, r, result);
        if (!ok && r->abort == ABORT_NONE && is_exception(r->exc)) {
            // repr() of the result raised: report that exception
            p->kind = MOAT_PROGRESS_ERROR;
            ok = progress_exception(p, r);
        }
    } else {
        p->kind = MOAT_PROGRESS_ERROR;
        ok = r->abort != ABORT_NONE ? progress_limit(p, r->abort) : progress_exception(p, r);
    }
    if (!ok && r->abort != ABORT_NONE) {
        // a limit reached while the result or the exception was being taken out
        p->kind = MOAT_PROGRESS_ERROR;
        ok = progress_limit(p, r->abort);
    }
    if (ok && p->kind == MOAT_PROGRESS_ERROR && !p->err_type) ok = progress_limit(p, r->abort);
    run_fini(r);
    p->run = NULL;
    return ok ? MOAT_OK : MOAT_ERR_NOMEM;
}

// Binds the host's functions (the options' and the stubs', as the setup lists them) and the
// input values as globals of the script.
static bool bind_globals(Run *r, const MoatRunOptions *o, const RunSetup *s) {
    for (size_t k = 0; k < s->external_count; k++) {
        const MoatExternal *x = &s->externals[k];
        if (!x->name) return false;
        Obj *fn = external_new(r, x->name, x->is_async);
        if (!fn || !gc_push_root(r, v_obj(fn))) return false;
        bool ok = dict_set(r, r->globals, v_obj(((ObjExternal *)fn)->name), v_obj(fn));
        gc_pop_roots(r, 1);
        if (!ok) return false;
    }
    for (size_t k = 0; k < o->input_count; k++) {
        if (!o->input_names[k] || !o->input_values[k]) return false;
        Obj *name = str_from_cstr(r, o->input_names[k]);
        if (!name || !gc_push_root(r, v_obj(name))) return false;
        Value v;
        bool ok = convert_in(r, o->input_values[k], (ConvertWho){CONVERT_INPUT, NULL}, &v) &&
                  dict_set(r, r->globals, v_obj(name), v);
        gc_pop_roots(r, 1);
        if (!ok) return false;
    }
    return true;
}

static bool setup_add_external(RunSetup *s, const char *name, bool is_async) {
    for (size_t k = 0; name && k < s->external_count; k++) {
        if (strcmp(s->externals[k].name, name) == 0) return true;  // a loaded run's, again
    }
    char *copy = name ? strdup(name) : NULL;
    if (!copy) return false;
    s->externals[s->external_count++] = (MoatExternal){copy, is_async};
    return true;
}

// A copy of how a run starts, for dumps: the externals are the options' and the stubs'.
static bool setup_copy(RunSetup *s, const MoatRunOptions *o) {
    s->limits = o->limits;
    const TcStubs *tc = o->stubs ? check_stubs_get(o->stubs) : NULL;
    size_t n = o->external_count + (tc ? tc_stubs_name_count(tc) : 0);
    if (n && !(s->externals = calloc(n, sizeof *s->externals))) return false;
    for (size_t k = 0; k < o->external_count; k++) {
        if (!setup_add_external(s, o->externals[k].name, o->externals[k].is_async)) return false;
    }
    TcStubName sn;
    for (size_t k = 0; tc && tc_stubs_name_at(tc, k, &sn); k++) {
        if (sn.is_function && !setup_add_external(s, sn.name, sn.is_async)) return false;
    }
    if (o->input_count && (!(s->input_names = calloc(o->input_count, sizeof *s->input_names)) ||
                           !(s->input_values = calloc(o->input_count, sizeof *s->input_values)))) {
        return false;
    }
    for (; s->input_count < o->input_count; s->input_count++) {
        size_t k = s->input_count;
        s->input_names[k] = o->input_names[k] ? strdup(o->input_names[k]) : NULL;
        s->input_values[k] = moat_value_copy(o->input_values[k]);
        if (!s->input_names[k] || !s->input_values[k]) {
            s->input_count++;  // freed with the rest
            return false;
        }
    }
    if (o->snapshot_key_len) {
        if (!o->snapshot_key || !(s->key = malloc(o->snapshot_key_len))) return false;
        memcpy(s->key, o->snapshot_key, o->snapshot_key_len);
        s->key_len = o->snapshot_key_len;
    }
    return true;
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
    if ((options->external_count && !options->externals) ||
        (options->input_count && (!options->input_names || !options->input_values))) {
        return MOAT_ERR_INVALID;
    }
    for (size_t k = 0; k < options->input_count; k++) {
        if (!options->input_names[k] || !options->input_values[k]) return MOAT_ERR_INVALID;
    }
    for (size_t k = 0; k < options->external_count; k++) {
        if (!options->externals[k].name) return MOAT_ERR_INVALID;
    }
    if (!program_inputs_match(program, options->input_names, options->input_count)) return MOAT_ERR_INVALID;
    MoatProgress *p = progress_new();
    if (!p) return MOAT_ERR_NOMEM;
    p->program = program;
    p->stubs = options->stubs;
    if (!setup_copy(&p->setup, options)) {
        moat_progress_free(p);
        return MOAT_ERR_NOMEM;
    }
    if (!program_runnable(program)) {
        p->kind = MOAT_PROGRESS_ERROR;
        if (!program_syntax_error(program, &p->arena, &p->err_type, &p->err_message, &p->tb)) {
            moat_progress_free(p);
            return MOAT_ERR_NOMEM;
        }
        *out = p;
        return MOAT_OK;
    }
    RunConfig cfg;
    run_config_from(options, &cfg);
    cfg.source = (SourceInfo){program_source(program), program_source_len(program),
                              program_name(program)};
    // the run lives in the progress's arena: starting one takes no block from malloc
    Run *r = arena_alloc(&p->arena, sizeof *r);
    p->run = r && run_init(r, &cfg) ? r : NULL;
    if (!p->run) {
        moat_progress_free(p);
        return MOAT_ERR_NOMEM;
    }
    Value result = v_none();
    VmExit e = p->run->abort == ABORT_NONE && bind_globals(p->run, options, &p->setup) ? vm_run_module(p->run, program_code(program), p->run->globals, &result)
                                             : VM_ERROR;
    if (e == VM_ERROR && p->run->abort == ABORT_NONE && !is_exception(p->run->exc)) {
        moat_progress_free(p);  // a NULL name or value: the host's mistake
        return MOAT_ERR_INVALID;
    }
    MoatStatus st = progress_advance(p, e, result);
    if (st != MOAT_OK) {
        moat_progress_free(p);
        return st;
    }
    *out = p;
    return MOAT_OK;
}

// The future of pending async call `id`, or NULL.
static Obj *pending_future(Run *r, uint64_t id) {
    Value f;
    bool found = false;
    if (!r->pending || !dict_get(r, r->pending, v_int((int64_t)id), &f, &found)) exc_clear(r);
    return found ? f.as.obj : NULL;
}

// The host's outcome as a run value: *exc gets the exception to raise (the outcome, or the
// error converting it), else *v the value.
static void outcome_in(Run *r, const MoatValue *outcome, const char *fn, Value *v, Value *exc) {
    *v = *exc = v_undef();
    if (!convert_in(r, outcome, (ConvertWho){CONVERT_CALL_RESULT, fn}, v)) {
        *exc = r->exc;  // a value the run cannot take becomes the call's exception
        exc_clear(r);
    } else if (outcome->kind == MOAT_VALUE_EXCEPTION) {
        *exc = *v;
        *v = v_undef();
    }
}

MoatStatus moat_resume(MoatProgress *p, uint64_t call_id, const MoatValue *outcome) {
    if (!p || !outcome) return MOAT_ERR_INVALID;
    Run *r = p->run;
    Obj *waited = p->kind == MOAT_PROGRESS_WAITING ? pending_future(r, call_id) : NULL;
    if (!waited && (p->kind != MOAT_PROGRESS_CALL || call_id != p->call_id)) return MOAT_ERR_INVALID;
    if (!progress_record(p, EVENT_ANSWER, call_id, outcome)) return MOAT_ERR_NOMEM;
    Value v, exc, result = v_none();
    Obj *future = waited ? waited : r->call_future;
    const char *fn = waited ? as_str(v_obj(((ObjFuture *)future)->name))->data : p->call_name;
    const TcFunc *f = stub_function(p->stubs, fn);
    char why[600];
    if (f && !validate_return(f, outcome, why, sizeof why)) {
        // a host bug: the script sees it as an error naming the tool
        MoatValue *e = moat_value_exception("TypeError", why);
        if (!e) return MOAT_ERR_NOMEM;
        outcome_in(r, e, fn, &v, &exc);
        moat_value_free(e);
    } else {
        outcome_in(r, outcome, fn, &v, &exc);
    }
    progress_drop_call(p);
    VmExit e = VM_ERROR;
    if (r->abort == ABORT_NONE && future) {
        // an async call: its future completes; the script sees the outcome when it awaits
        bool found;
        bool ok = is_undef(exc) ? future_complete(r, future, false, v) : future_complete(r, future, true, exc);
        if (ok && waited) ok = dict_del(r, r->pending, v_int((int64_t)call_id), &found);
        if (ok) e = vm_resume(r, v_obj(future), v_undef(), &result);
    } else if (r->abort == ABORT_NONE) {
        e = vm_resume(r, v, exc, &result);
    }
    return progress_advance(p, e, result);
}

MoatStatus moat_defer(MoatProgress *p, uint64_t call_id) {
    if (!p || p->kind != MOAT_PROGRESS_CALL || call_id != p->call_id || !p->call_is_async) {
        return MOAT_ERR_INVALID;
    }
    Run *r = p->run;
    if (!progress_record(p, EVENT_DEFER, call_id, NULL)) return MOAT_ERR_NOMEM;
    progress_drop_call(p);
    Value result = v_none();
    Obj *future = r->call_future;
    if (!r->pending) r->pending = dict_new(r);
    bool ok = r->pending && dict_set(r, r->pending, v_int((int64_t)call_id), v_obj(future));
    VmExit e = ok ? vm_resume(r, v_obj(future), v_undef(), &result) : VM_ERROR;
    return progress_advance(p, e, result);
}

MoatProgressKind moat_progress_kind(const MoatProgress *p) { return p->kind; }
const char *moat_progress_result_repr(const MoatProgress *p) { return p->repr; }
const char *moat_progress_result_str(const MoatProgress *p) { return p->str; }
const char *moat_progress_result_type(const MoatProgress *p) { return p->type; }
const char *moat_progress_error_type(const MoatProgress *p) { return p->err_type; }
const char *moat_progress_error_message(const MoatProgress *p) { return p->err_message; }
const char *moat_progress_error_traceback(const MoatProgress *p) { return p->tb; }
const char *moat_progress_call_name(const MoatProgress *p) { return p->call_name; }
uint64_t moat_progress_call_id(const MoatProgress *p) { return p->call_id; }
const MoatValue *moat_progress_call_args(const MoatProgress *p) { return p->call_args; }
const MoatValue *moat_progress_call_kwargs(const MoatProgress *p) { return p->call_kwargs; }
bool moat_progress_call_is_async(const MoatProgress *p) { return p->call_is_async; }
size_t moat_progress_pending_count(const MoatProgress *p) { return p->pending_count; }
uint64_t moat_progress_pending_id(const MoatProgress *p, size_t i) {
    return i < p->pending_count ? p->pending[i] : 0;
}
bool moat_progress_error_is_limit(const MoatProgress *p) { return p->is_limit; }
