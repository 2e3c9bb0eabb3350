// moat: a secure, minimal Python interpreter for running code an LLM wrote, with a type-hint
// checker in front of it. This header is all a host sees.
//
// Conventions: functions return MoatStatus (or NULL/0 with an out-parameter for errors);
// nothing prints, exits or aborts. Objects a function returns through `out` belong to the
// caller, who frees them with the matching *_free function. Strings are UTF-8.
#ifndef MOAT_H
#define MOAT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__)
#define MOAT_API __attribute__((visibility("default")))
#else
#define MOAT_API
#endif

#define MOAT_VERSION_MAJOR 0
#define MOAT_VERSION_MINOR 1
#define MOAT_VERSION_PATCH 0
#define MOAT_VERSION "0.1.0"

typedef enum MoatStatus {
    MOAT_OK = 0,
    MOAT_ERR_NOMEM,    // memory ran out (or passed the compile budget)
    MOAT_ERR_INVALID,  // a bad argument: NULL where a value is needed, source over 4 GiB, ...
} MoatStatus;

// Version string of the library, e.g. "0.1.0".
MOAT_API const char *moat_version(void);
// A static English description of a status.
MOAT_API const char *moat_status_str(MoatStatus status);

// ---- Host values ----------------------------------------------------------------------------

// What crosses the boundary between the host and a script: call arguments, return values,
// inputs. A MoatValue is a plain tree owned by the host (free the root with moat_value_free);
// it belongs to no run.
typedef enum MoatValueKind {
    MOAT_VALUE_NONE,
    MOAT_VALUE_BOOL,
    MOAT_VALUE_INT,
    MOAT_VALUE_FLOAT,
    MOAT_VALUE_STR,
    MOAT_VALUE_BYTES,
    MOAT_VALUE_LIST,
    MOAT_VALUE_TUPLE,
    MOAT_VALUE_DICT,
    MOAT_VALUE_SET,
    MOAT_VALUE_FROZENSET,
    MOAT_VALUE_EXCEPTION,  // only as a call's outcome: raised in the script
} MoatValueKind;

typedef struct MoatValue MoatValue;

// Constructors return NULL when memory runs out or the input is malformed (a str that is not
// UTF-8, digits that are not decimal).
MOAT_API MoatValue *moat_value_none(void);
MOAT_API MoatValue *moat_value_bool(bool b);
MOAT_API MoatValue *moat_value_int(int64_t i);
MOAT_API MoatValue *moat_value_int_decimal(const char *digits);  // any size: "-1234..."
MOAT_API MoatValue *moat_value_float(double x);
MOAT_API MoatValue *moat_value_str(const char *s, size_t len);
MOAT_API MoatValue *moat_value_bytes(const void *data, size_t len);
// An empty list, tuple, dict, set or frozenset; NULL for other kinds.
MOAT_API MoatValue *moat_value_container(MoatValueKind kind);
// An exception to raise in the script: `type` names a built-in exception class ("ValueError");
// other names raise RuntimeError. `message` may be NULL.
MOAT_API MoatValue *moat_value_exception(const char *type, const char *message);
// Adds to a list, tuple, set or frozenset; a dict gets key/value pairs (a repeated key: the
// last wins, as in a dict display). Both take ownership of what they add, even on failure.
// MOAT_ERR_INVALID past 1000 levels of nesting (so that every walk over a value is bounded).
MOAT_API MoatStatus moat_value_append(MoatValue *container, MoatValue *item);
MOAT_API MoatStatus moat_value_dict_set(MoatValue *dict, MoatValue *key, MoatValue *value);
MOAT_API MoatValue *moat_value_copy(const MoatValue *v);  // deep; NULL when memory runs out
MOAT_API void moat_value_free(MoatValue *v);

MOAT_API MoatValueKind moat_value_kind(const MoatValue *v);
MOAT_API bool moat_value_as_bool(const MoatValue *v);
// False when v is not an int that fits 64 bits; then moat_value_int_digits has its digits.
MOAT_API bool moat_value_as_int(const MoatValue *v, int64_t *out);
MOAT_API const char *moat_value_int_digits(const MoatValue *v);
MOAT_API double moat_value_as_float(const MoatValue *v);
// The bytes of a str (UTF-8) or bytes value, NUL-terminated; *len gets their count.
MOAT_API const char *moat_value_data(const MoatValue *v, size_t *len);
// Items of a container (a dict's pairs); item i (a dict's i-th key) and a dict's i-th value.
MOAT_API size_t moat_value_len(const MoatValue *v);
MOAT_API const MoatValue *moat_value_item(const MoatValue *v, size_t i);
MOAT_API const MoatValue *moat_value_dict_value(const MoatValue *v, size_t i);
MOAT_API const char *moat_value_exception_type(const MoatValue *v);
MOAT_API const char *moat_value_exception_message(const MoatValue *v);

// JSON text with the tags of DESIGN.md for what JSON cannot carry ({"$tuple": [...]},
// {"$set": [...]}, {"$frozenset": [...]}, {"$dict": [[k, v], ...]}, {"$bytes": "<base64>"},
// {"$int": "<decimal>"}, {"$float": "nan"|"inf"|"-inf"}). to_json's *out is freed with
// moat_free. from_json: MOAT_ERR_INVALID on bad text, with a reason in `error` (may be NULL).
MOAT_API MoatStatus moat_value_to_json(const MoatValue *v, char **out, size_t *len);
MOAT_API MoatStatus moat_value_from_json(const char *text, size_t len, MoatValue **out,
                                         char *error, size_t error_size);
MOAT_API void moat_free(void *p);

// ---- Programs -------------------------------------------------------------------------------

// A parsed script: immutable once compiled, shareable between runs and threads.
typedef struct MoatProgram MoatProgram;

// Compiles `source` (len bytes; need not be NUL-terminated; copied). `script_name` names the
// file in diagnostics and tracebacks. A program is returned even when the source has syntax
// errors: they are its diagnostics. MOAT_ERR_NOMEM or MOAT_ERR_INVALID leave *out NULL.
MOAT_API MoatStatus moat_compile(const char *source, size_t len, const char *script_name,
                                 MoatProgram **out);
// The same, declaring the names of the script's inputs: a run of the program must then give a
// value for each of them and for nothing else (moat_start returns MOAT_ERR_INVALID otherwise).
// (The checker learns inputs, with their types, from the host's stub: `deals: list[Deal]`.)
MOAT_API MoatStatus moat_compile_with_inputs(const char *source, size_t len,
                                             const char *script_name, const char *const *inputs,
                                             size_t input_count, MoatProgram **out);
MOAT_API void moat_program_free(MoatProgram *program);

typedef enum MoatSeverity { MOAT_SEVERITY_ERROR, MOAT_SEVERITY_WARNING } MoatSeverity;

// One finding of the parser or the checker. Lines and columns are 1-based; columns count
// code points; the end is exclusive. Strings live as long as their program.
typedef struct MoatDiagnostic {
    const char *code;     // stable: "syntax-error", "arg-type", ...
    const char *message;  // for syntax errors, CPython's with the class: "SyntaxError: ..."
    MoatSeverity severity;
    uint32_t line, column, end_line, end_column;
} MoatDiagnostic;

// Diagnostics found while compiling, in the order to show them (the first is the one CPython
// would raise).
MOAT_API size_t moat_program_diagnostic_count(const MoatProgram *program);
MOAT_API const MoatDiagnostic *moat_program_diagnostic(const MoatProgram *program, size_t i);

// Writes a readable dump of the program's AST through `write` (a debugging aid).
typedef void (*MoatWriteFn)(void *ctx, const char *data, size_t len);
MOAT_API void moat_program_dump_ast(const MoatProgram *program, MoatWriteFn write, void *ctx);

// ---- Checking -------------------------------------------------------------------------------

// The stubs a script is checked against: moat's own (builtins, sys, math, json, typing, built
// into the library) plus the host's .pyi files declaring its tools and the script's inputs.
// Immutable once filled, so one set serves many checks, on any thread.
typedef struct MoatStubs MoatStubs;

// A set holding moat's bundled stubs. MOAT_ERR_NOMEM leaves *out NULL.
MOAT_API MoatStatus moat_stubs_new(MoatStubs **out);
// Adds one host stub (len bytes of .pyi source, copied; `name` names it in errors). On a
// syntax error, MOAT_ERR_INVALID and *error (when error is not NULL; owned by the set)
// says where: "tools.pyi:3:5: SyntaxError: invalid syntax".
MOAT_API MoatStatus moat_stubs_add(MoatStubs *stubs, const char *source, size_t len,
                                   const char *name, const char **error);
MOAT_API void moat_stubs_free(MoatStubs *stubs);

// The findings of one check; owned by the caller, free with moat_check_free.
typedef struct MoatCheck MoatCheck;

// Checks `program` against `stubs`: the program's own diagnostics (syntax errors, constructs
// moat cannot run) and the checker's (codes such as "undefined-name", "arg-type",
// "missing-await"), in source order. With stubs NULL, only the program's own. A program that
// does not parse is not type-checked. MOAT_ERR_NOMEM or MOAT_ERR_INVALID leave *out NULL.
MOAT_API MoatStatus moat_check(const MoatProgram *program, const MoatStubs *stubs,
                               MoatCheck **out);
MOAT_API size_t moat_check_diagnostic_count(const MoatCheck *check);
// The i-th diagnostic (NULL past the end); it lives as long as the check.
MOAT_API const MoatDiagnostic *moat_check_diagnostic(const MoatCheck *check, size_t i);
MOAT_API void moat_check_free(MoatCheck *check);

// ---- Runs -----------------------------------------------------------------------------------

// Resource limits of one run. moat_limits_init fills conservative defaults, so a host that
// forgets to set limits never hangs: 5 s, 256 MiB, 10 million allocations, recursion 1000,
// 10 MiB of output, no instruction limit. A field set to 0 means "no limit".
typedef struct MoatLimits {
    double max_duration;        // seconds of wall time
    size_t max_memory;          // bytes the run's heap may hold
    uint64_t max_allocations;   // allocations over the whole run
    uint32_t max_recursion;     // Python call depth (RecursionError past it)
    uint64_t max_instructions;  // bytecode instructions (deterministic)
    size_t max_output;          // bytes the script may print
} MoatLimits;

MOAT_API void moat_limits_init(MoatLimits *limits);

// Receives what the script prints, as it prints it.
typedef void (*MoatPrintFn)(void *ctx, const char *data, size_t len);

// A function the host provides: calling it suspends the run (MOAT_PROGRESS_CALL).
typedef struct MoatExternal {
    const char *name;
    bool is_async;  // declared `async def`: the script awaits what a call returns
} MoatExternal;

typedef struct MoatRunOptions {
    MoatLimits limits;
    MoatPrintFn print;  // NULL: output is discarded (still counted against max_output)
    void *print_ctx;
    const MoatExternal *externals;  // the host's functions, bound as globals of the script
    size_t external_count;
    const char *const *input_names;      // values for the script's inputs, bound as globals;
    const MoatValue *const *input_values;  // copied at the start
    size_t input_count;
    const void *snapshot_key;  // with a key, dumps are signed (HMAC-SHA-256) and loads check it
    size_t snapshot_key_len;
    // The host's stubs (moat_stubs_add): their functions become externals too, and every call
    // of one is checked against its signature both ways — arguments before the host sees them
    // (a TypeError in the script), the answer before the script does (a TypeError naming the
    // tool). They must outlive the progress; a loaded run takes them from its options again.
    const MoatStubs *stubs;
} MoatRunOptions;

MOAT_API void moat_run_options_init(MoatRunOptions *options);

typedef enum MoatProgressKind {
    MOAT_PROGRESS_DONE,   // the script finished: moat_progress_result_*
    MOAT_PROGRESS_ERROR,  // an uncaught exception or a limit: moat_progress_error_*
    MOAT_PROGRESS_CALL,   // suspended at a call of an external function: moat_progress_call_*;
                          // continue with moat_resume (or moat_defer for an async one)
    MOAT_PROGRESS_WAITING,  // every task waits on async calls the host has not answered:
                            // moat_progress_pending_*; continue with moat_resume for one
} MoatProgressKind;

// Where a run stands. Owned by the caller; free with moat_progress_free.
typedef struct MoatProgress MoatProgress;

// Runs `program` from the start. The program must outlive the progress. A program with syntax errors (or constructs moat cannot run)
// ends at once in an ERROR progress holding the first SyntaxError. MOAT_ERR_NOMEM or
// MOAT_ERR_INVALID leave *out NULL.
MOAT_API MoatStatus moat_start(const MoatProgram *program, const MoatRunOptions *options,
                               MoatProgress **out);
MOAT_API void moat_progress_free(MoatProgress *progress);
MOAT_API MoatProgressKind moat_progress_kind(const MoatProgress *progress);

// DONE: the value of the script's last expression statement (None when there is none), as
// repr(), str() and its type's __name__. Strings live as long as the progress.
MOAT_API const char *moat_progress_result_repr(const MoatProgress *progress);
MOAT_API const char *moat_progress_result_str(const MoatProgress *progress);
MOAT_API const char *moat_progress_result_type(const MoatProgress *progress);

// ERROR: the exception's class name ("KeyError"), its message (args[0] when that is a str,
// else NULL), and the traceback exactly as CPython prints it, without the final newline.
// A limit error has type "LimitError" and names the limit in its message.
MOAT_API const char *moat_progress_error_type(const MoatProgress *progress);
MOAT_API const char *moat_progress_error_message(const MoatProgress *progress);
MOAT_API const char *moat_progress_error_traceback(const MoatProgress *progress);
MOAT_API bool moat_progress_error_is_limit(const MoatProgress *progress);

// CALL: the external function's name, the call's id (unique in the run), and its arguments as
// written: a tuple of the positional ones and a dict (str keys) of the keyword ones. They live
// until the progress moves on.
MOAT_API const char *moat_progress_call_name(const MoatProgress *progress);
MOAT_API uint64_t moat_progress_call_id(const MoatProgress *progress);
MOAT_API const MoatValue *moat_progress_call_args(const MoatProgress *progress);
MOAT_API const MoatValue *moat_progress_call_kwargs(const MoatProgress *progress);
// Whether the function was declared async: the call returns an awaitable, and the host may
// answer now (moat_resume) or later (moat_defer, then moat_resume once the run is WAITING).
MOAT_API bool moat_progress_call_is_async(const MoatProgress *progress);
// WAITING: the ids of the async calls the run waits on, any of which moat_resume may answer.
MOAT_API size_t moat_progress_pending_count(const MoatProgress *progress);
MOAT_API uint64_t moat_progress_pending_id(const MoatProgress *progress, size_t i);

// Answers call `call_id`: the call at which the run is suspended (CALL), or a pending async
// call (WAITING). The call returns `outcome`, or raises it in the script when it is an
// exception value (catchable there; for an async call, where it is awaited). The progress
// moves on in place to the run's next stop. MOAT_ERR_INVALID: not an id the run waits on.
MOAT_API MoatStatus moat_resume(MoatProgress *progress, uint64_t call_id, const MoatValue *outcome);
// Leaves async call `call_id` (CALL, async) pending: the script goes on with an awaitable for
// it, and the host answers with moat_resume once the progress is WAITING.
MOAT_API MoatStatus moat_defer(MoatProgress *progress, uint64_t call_id);

// ---- Snapshots ------------------------------------------------------------------------------

// A run suspended at a call (CALL) or waiting on async calls (WAITING) as bytes: versioned,
// checksummed, and signed (HMAC-SHA-256) when the run was started with a snapshot key. Free
// *out with moat_free.
MOAT_API MoatStatus moat_dump(const MoatProgress *progress, void **out, size_t *len);
// A dump (from any process) as a progress at the same point, to go on with moat_resume.
// `options` gives the print callback, the snapshot key and the stubs (the same as the dumped
// run's, when it had some); the limits, externals and inputs are the dumped run's. MOAT_ERR_INVALID for bytes that are not an intact dump of a run this
// build can resume, or that were signed with another key (or not signed when a key is given).
// How: the dump holds the script, its inputs and the host's answers; loading replays them
// on a fresh run with its output muted (the VM is deterministic), checking that every call
// comes back with the same name and arguments.
MOAT_API MoatStatus moat_load(const void *data, size_t len, const MoatRunOptions *options,
                              MoatProgress **out);

#ifdef __cplusplus
}
#endif
#endif
