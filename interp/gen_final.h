// Finalizing generators: what CPython does when the last reference to a suspended generator
// goes (it closes it, so its finally blocks and __exit__ methods run), for a heap that has
// no reference counts (gen_final.c).
#ifndef MOAT_INTERP_GEN_FINAL_H
#define MOAT_INTERP_GEN_FINAL_H

#include "interp/obj_gen.h"

// Whether closing g could be observed: it is suspended at a yield inside a handler (try,
// with, a `for` loop that closes its iterator), or delegates to something that is.
bool gen_needs_close(const ObjGenerator *g);

// Closes gen as CPython's finalizer does: what close() raises is dropped (CPython prints it
// to stderr as "Exception ignored while closing generator", and moat drops stderr). False
// only when a limit of the run was hit.
MOAT_NODISCARD bool gen_finalize(Run *r, Value gen);

// For the collector, once marking is done: queues each unreachable generator that needs
// closing (once in its life, as PEP 442 finalizers run) and marks it, so that what it
// reaches survives too. True when it marked any (the collector propagates again).
bool gen_final_queue_unreachable(Run *r);
// For the collector, after that propagation: forgets the generators about to be freed.
void gen_final_forget_unreachable(Run *r);
// For the collector's roots: the queued generators.
void gen_final_mark_queue(Run *r);

// Closes the queued generators, oldest first. False only at a limit of the run.
MOAT_NODISCARD bool gen_final_run(Run *r);
// `del name` dropped a generator that needs closing: collects now, so that if that was its
// last reference it is closed at once, as in CPython. False only at a limit of the run.
MOAT_NODISCARD bool gen_final_collect(Run *r);
// The script returned (its value `result`): generators it dropped that no collection has
// found are closed, late, rather than never. Those still reachable (from its globals) stay
// open: CPython closes them at interpreter shutdown, after the oracle has taken the output.
MOAT_NODISCARD bool gen_final_at_end(Run *r, Value result);

#endif
