// The bytecode VM: one dispatch loop over a stackless frame stack (vm.c).
#ifndef MOAT_INTERP_VM_H
#define MOAT_INTERP_VM_H

#include <stdbool.h>

#include "interp/obj.h"
#include "interp/run.h"

struct Code;

// Calls a Python function (or any callable) from C and runs it to completion: the path for
// built-ins that call back into Python code (a key= function, map's function). Re-enters the
// dispatch loop on the C stack, so it is depth-guarded (RecursionError past the limit).
MOAT_NODISCARD bool vm_call(Run *r, Value callee, const Args *a, Value *out);

// The exception being handled by the running frame or any frame that called it (an except
// block or a finally run while raising), undef when none: __context__ and sys.exc_info().
Value vm_handling(const Run *r);

// How a run of the dispatch loop ended. VM_SUSPEND: at a call of an external function, which
// r->call_fn, call_args and call_kwargs describe; the host resumes the run with vm_resume.
// VM_WAIT: in an asyncio loop with nothing to run until the host answers one of the async
// calls in r->pending; vm_resume (with any value) continues once it has completed one.
typedef enum VmExit { VM_RETURN, VM_YIELD, VM_ERROR, VM_SUSPEND, VM_WAIT } VmExit;

// Runs a module's code with `globals` as its namespace; *result gets the value it returns
// (the last expression statement's). VM_ERROR with r->exc set, or r->abort at a limit.
MOAT_NODISCARD VmExit vm_run_module(Run *r, const struct Code *code, Obj *globals, Value *result);
// Resumes a run suspended at an external call: the call returns `value`, or raises `exc`
// when that is not undef. Ends as vm_run_module does.
MOAT_NODISCARD VmExit vm_resume(Run *r, Value value, Value exc, Value *result);

#endif
