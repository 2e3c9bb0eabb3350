// The bytecode VM: one dispatch loop over a stackless frame stack (vm.c).
#ifndef MOAT_INTERP_VM_H
#define MOAT_INTERP_VM_H

#include <stdbool.h>
#include <stddef.h>

#include "interp/obj.h"
#include "interp/run.h"

struct Code;

// Calls a Python function (or any callable) from C and runs it to completion: the path for
// built-ins that call back into Python code (a key= function, map's function). Re-enters the
// dispatch loop on the C stack, so it is depth-guarded (RecursionError past the limit).
MOAT_NODISCARD bool vm_call(Run *r, Value callee, const Args *a, Value *out);
// callee(*args, **kwargs): args a tuple, kwargs a dict with str keys or undef (both rooted).
MOAT_NODISCARD bool vm_call_ex(Run *r, Value callee, Value args, Value kwargs, Value *out);

// The first free stack slot of the running code (where a C-level call may build a frame).
size_t vm_top(const Run *r);

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

// The exception being handled in the innermost frame handling one (for __context__, bare
// `raise` and sys.exception()); undef when none is.
Value vm_handling(const Run *r);
// Whether C code may run Python code once more on the C stack; false with RecursionError.
MOAT_NODISCARD bool vm_can_nest(Run *r);
// Pushes generator gen's frame to run to its end, its yields appended to `list`; when it
// returns, the instruction that started it runs again (the drain of sum(gen), list(gen)).
MOAT_NODISCARD bool vm_drain_run(Run *r, Value gen, Obj *list);
// Runs the frames pushed above index `stop` (a generator's, resumed from C) until that one
// returns, yields or raises; with `throwing`, r->exc is first raised in the top frame.
MOAT_NODISCARD VmExit vm_run_frames(Run *r, uint32_t stop, bool throwing, Value *result);

#endif
