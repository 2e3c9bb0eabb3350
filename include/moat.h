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

// ---- Programs -------------------------------------------------------------------------------

// A parsed script: immutable once compiled, shareable between runs and threads.
typedef struct MoatProgram MoatProgram;

// Compiles `source` (len bytes; need not be NUL-terminated; copied). `script_name` names the
// file in diagnostics and tracebacks. A program is returned even when the source has syntax
// errors: they are its diagnostics. MOAT_ERR_NOMEM or MOAT_ERR_INVALID leave *out NULL.
MOAT_API MoatStatus moat_compile(const char *source, size_t len, const char *script_name,
                                 MoatProgram **out);
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

typedef struct MoatRunOptions {
    MoatLimits limits;
    MoatPrintFn print;  // NULL: output is discarded (still counted against max_output)
    void *print_ctx;
} MoatRunOptions;

MOAT_API void moat_run_options_init(MoatRunOptions *options);

typedef enum MoatProgressKind {
    MOAT_PROGRESS_DONE,   // the script finished: moat_progress_result_*
    MOAT_PROGRESS_ERROR,  // an uncaught exception or a limit: moat_progress_error_*
} MoatProgressKind;

// Where a run stands. Owned by the caller; free with moat_progress_free.
typedef struct MoatProgress MoatProgress;

// Runs `program` from the start. A program with syntax errors (or constructs moat cannot run)
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

#ifdef __cplusplus
}
#endif
#endif
