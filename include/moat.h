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

#ifdef __cplusplus
}
#endif
#endif
