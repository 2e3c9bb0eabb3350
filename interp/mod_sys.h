// sys: the interpreter facts a script may ask for (version, maxsize, recursion limit), exit(),
// and stdout/stderr as stream objects that print() and .write() accept.
#ifndef MOAT_INTERP_MOD_SYS_H
#define MOAT_INTERP_MOD_SYS_H

#include <stdbool.h>

#include "interp/obj.h"
#include "interp/run.h"

// Fills a new `sys` module (modules.c calls it on the first import).
MOAT_NODISCARD bool mod_sys_init(Run *r, Obj *module);

// Whether v is sys.stdout or sys.stderr; *is_stdout tells which. Text written to stderr is
// dropped: the host receives one stream, the script's standard output.
bool mod_sys_is_stream(Value v, bool *is_stdout);

// The builtins exit and quit: callables raising SystemExit(code), as site's Quitter objects.
typedef struct ObjQuitter {
    Obj base;
    const char *name;
} ObjQuitter;
extern const ObjQuitter mod_sys_exit, mod_sys_quit;

#endif
