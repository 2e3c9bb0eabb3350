// Callbacks of built-ins that the VM makes itself, so that a tool called in one can suspend the
// run (vm_callbacks.c): the key= of sorted(), min() and max(), the function of map().
#ifndef MOAT_INTERP_VM_CALLBACKS_H
#define MOAT_INTERP_VM_CALLBACKS_H

#include "interp/code.h"
#include "interp/obj.h"
#include "interp/run.h"

// Whether calling f may suspend the run: a Python function (or a method of one) may call a
// tool, a tool suspends. The VM makes such callbacks of built-ins itself where it can.
bool callback_may_suspend(Value f);
// For a call of the built-in `def` (flagged METHOD_KEYS) with arguments a: the index among
// a's keywords of a key the VM should compute first, or -1 to call the built-in as it is.
int keys_call_key(const MethodDef *def, const Args *a);
// Lists the items (in callee_slot[1] for one iterable) and starts draining a hidden generator
// of their keys; the key argument's stack slot then holds what replays them. When the drain
// ends, the call runs again (see vm_drain_run). False with an exception.
MOAT_NODISCARD bool keys_start(Run *r, Value *callee_slot, const Args *a, int key);
// When key is the replay of n computed keys, copies them to out (list.sort's fast way).
bool keys_replay_take(Value key, Value *out, size_t n);
// Whether v is a map whose function may suspend (callback_may_suspend).
bool map_calls_python(Value v);
// A hidden generator that yields the items of map m, for the VM to drain.
Obj *map_drainer(Run *r, Value m);
// Whether v is a filter whose predicate may suspend; the hidden generator that stands for it.
bool filter_calls_python(Value v);
Obj *filter_runner(Run *r, Value f);
// Whether code is one of those hidden generators' (which raise what their callbacks raise as
// it is: a StopIteration is not turned into RuntimeError).
bool callbacks_code_is(const Code *code);
// Whether a StopIteration out of code's callback ends the iteration (map's and filter's, as it
// ends their __next__), rather than propagating (a key's).
bool callbacks_stop_ends(const Code *code);

#endif
