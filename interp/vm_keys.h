// Key functions the VM runs itself, so that a tool called from a key= can suspend the run
// (vm_keys.c): sorted(), min() and max() with a key written in Python.
#ifndef MOAT_INTERP_VM_KEYS_H
#define MOAT_INTERP_VM_KEYS_H

#include "interp/code.h"
#include "interp/obj.h"
#include "interp/run.h"

// For a call of the built-in `def` (flagged METHOD_KEYS) with arguments a: the index among
// a's keywords of a key the VM should compute first, or -1 to call the built-in as it is.
int keys_call_key(const MethodDef *def, const Args *a);
// Lists the items (in callee_slot[1] for one iterable) and starts draining a hidden generator
// of their keys; the key argument's stack slot then holds what replays them. When the drain
// ends, the call runs again (see vm_drain_run). False with an exception.
MOAT_NODISCARD bool keys_start(Run *r, Value *callee_slot, const Args *a, int key);
// When key is the replay of n computed keys, copies them to out (list.sort's fast way).
bool keys_replay_take(Value key, Value *out, size_t n);
// Whether code is that hidden generator's (which raises what its key raises as it is).
bool keys_code_is(const Code *code);

#endif
