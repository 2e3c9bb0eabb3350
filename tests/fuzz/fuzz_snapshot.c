// libFuzzer target: the snapshot loader. Any bytes given to moat_load must be refused or give
// a run that then goes on harmlessly; seeds are real dumps (make fuzz-targets writes some).
#include <stddef.h>
#include <stdint.h>

#include "moat.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    MoatRunOptions o;
    moat_run_options_init(&o);
    o.limits.max_duration = 0.2;
    MoatProgress *p;
    if (moat_load(data, size, &o, &p) != MOAT_OK) return 0;
    for (int k = 0; k < 16; k++) {
        MoatProgressKind kind = moat_progress_kind(p);
        if (kind != MOAT_PROGRESS_CALL && kind != MOAT_PROGRESS_WAITING) break;
        uint64_t id = kind == MOAT_PROGRESS_CALL ? moat_progress_call_id(p) : moat_progress_pending_id(p, 0);
        MoatValue *v = moat_value_none();
        if (kind == MOAT_PROGRESS_CALL && moat_progress_call_is_async(p)) moat_defer(p, id);
        else if (v) moat_resume(p, id, v);
        moat_value_free(v);
    }
    moat_progress_free(p);
    return 0;
}
