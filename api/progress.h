// MoatProgress: where a run stands (api/run.c), and what a snapshot of it records
// (api/snapshot.c).
#ifndef MOAT_API_PROGRESS_H
#define MOAT_API_PROGRESS_H

#include <stdbool.h>
#include <stdint.h>

#include "include/moat.h"
#include "interp/run.h"
#include "parser/arena.h"

// One answer of the host, in order: replaying them on a fresh run of the same program, inputs
// and limits brings it back to the same point (moat_load).
typedef enum EventKind { EVENT_ANSWER, EVENT_DEFER } EventKind;

typedef struct Event {
    uint8_t kind;        // EventKind
    uint64_t id;         // the call answered or deferred
    uint64_t digest;     // of the call's name and arguments (EVENT_DEFER, or an answer at a
                         // CALL): a replay that reaches another call has diverged
    MoatValue *outcome;  // EVENT_ANSWER
} Event;

// How the run was started, as a dump must restate it.
typedef struct RunSetup {
    MoatLimits limits;
    MoatExternal *externals;  // names owned
    size_t external_count;
    char **input_names;
    MoatValue **input_values;
    size_t input_count;
    uint8_t *key;  // the snapshot key, or NULL
    size_t key_len;
} RunSetup;

struct MoatProgress {
    Arena arena;  // the strings of a finished run; the progress itself lives here too
    MoatProgressKind kind;
    const char *repr, *str, *type;           // DONE
    const char *err_type, *err_message, *tb;  // ERROR
    bool is_limit;
    // while the run is suspended (CALL, WAITING)
    Run *run;                    // NULL once the run has finished
    const MoatProgram *program;  // for tracebacks
    MoatProgram *own_program;    // a loaded run's program, freed with the progress
    char *call_name;
    uint64_t call_id, calls, call_digest;
    bool call_is_async;
    MoatValue *call_args, *call_kwargs;
    const MoatStubs *stubs;  // the host's, for checking calls and answers (or NULL)
    uint64_t *pending;  // WAITING: the ids of the async calls not answered yet
    size_t pending_count;
    // for dumps
    RunSetup setup;
    Event *events;
    size_t event_count, event_cap;
};

// Frees what a progress owns for dumps.
void progress_setup_free(RunSetup *s, Event *events, size_t event_count);

#endif
