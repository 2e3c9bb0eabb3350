// libFuzzer target: the VM. The input runs as a script under tight limits, with one sync and
// one async external function answered by echoing their first argument (or raising); the run
// must end in done or an error, never a crash, a hang or a leak.
#include <stddef.h>
#include <stdint.h>

#include "moat.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const MoatExternal tools[] = {{"tool", false}, {"fetch", true}};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    MoatProgram *p;
    if (moat_compile((const char *)data, size, "fuzz.py", &p) != MOAT_OK) return 0;
    MoatRunOptions o;
    moat_run_options_init(&o);
    o.limits.max_duration = 0.2;
    o.limits.max_memory = 32u << 20;
    o.limits.max_instructions = 200000;
    o.limits.max_recursion = 200;
    o.limits.max_output = 1 << 16;
    o.externals = tools;
    o.external_count = 2;
    MoatProgress *pr;
    if (moat_start(p, &o, &pr) == MOAT_OK) {
        for (int calls = 0; calls < 64; calls++) {
            MoatProgressKind k = moat_progress_kind(pr);
            uint64_t id;
            if (k == MOAT_PROGRESS_CALL) {
                id = moat_progress_call_id(pr);
                if (moat_progress_call_is_async(pr) && calls % 2) {
                    moat_defer(pr, id);
                    continue;
                }
            } else if (k == MOAT_PROGRESS_WAITING) {
                id = moat_progress_pending_id(pr, 0);
            } else {
                break;
            }
            const MoatValue *args = k == MOAT_PROGRESS_CALL ? moat_progress_call_args(pr) : NULL;
            const MoatValue *first = args && moat_value_len(args) ? moat_value_item(args, 0) : NULL;
            MoatValue *answer = first ? moat_value_copy(first) : moat_value_exception("ValueError", "no");
            if (answer) moat_resume(pr, id, answer);
            moat_value_free(answer);
        }
        moat_progress_free(pr);
    }
    moat_program_free(p);
    return 0;
}
