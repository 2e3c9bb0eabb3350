// Writes real dumps (a run stopped at each of its calls and waits) into DIR, as the seed
// corpus of fuzz_snapshot.
#include <stdio.h>
#include <string.h>

#include "moat.h"

int main(int argc, char **argv) {
    if (argc != 2) return 2;
    const char *src = "import asyncio\n"
                      "async def one(n):\n    return await fetch(n)\n"
                      "x = [tool(i) for i in range(3)]\n"
                      "try:\n    tool('boom')\nexcept ValueError as e:\n    x.append(str(e))\n"
                      "async def main():\n    return await asyncio.gather(one(1), one(2))\n"
                      "(x, asyncio.run(main()), inp)\n";
    static const MoatExternal tools[] = {{"tool", false}, {"fetch", true}};
    MoatProgram *prog;
    if (moat_compile(src, strlen(src), "seed.py", &prog) != MOAT_OK) return 1;
    MoatRunOptions o;
    moat_run_options_init(&o);
    o.externals = tools;
    o.external_count = 2;
    const char *names[] = {"inp"};
    MoatValue *inp = moat_value_str("x", 1);
    const MoatValue *values[] = {inp};
    o.input_names = names;
    o.input_values = values;
    o.input_count = 1;
    MoatProgress *p;
    if (moat_start(prog, &o, &p) != MOAT_OK) return 1;
    for (int k = 0;; k++) {
        MoatProgressKind kind = moat_progress_kind(p);
        if (kind != MOAT_PROGRESS_CALL && kind != MOAT_PROGRESS_WAITING) break;
        void *bytes;
        size_t len;
        if (moat_dump(p, &bytes, &len) == MOAT_OK) {
            char path[4096];
            snprintf(path, sizeof path, "%s/seed%02d", argv[1], k);
            FILE *f = fopen(path, "wb");
            if (f) {
                fwrite(bytes, 1, len, f);
                fclose(f);
            }
            moat_free(bytes);
        }
        uint64_t id = kind == MOAT_PROGRESS_CALL ? moat_progress_call_id(p) : moat_progress_pending_id(p, 0);
        if (kind == MOAT_PROGRESS_CALL && moat_progress_call_is_async(p)) {
            moat_defer(p, id);
            continue;
        }
        MoatValue *v = k == 3 ? moat_value_exception("ValueError", "boom") : moat_value_int(k);
        moat_resume(p, id, v);
        moat_value_free(v);
    }
    moat_progress_free(p);
    moat_value_free(inp);
    moat_program_free(prog);
    return 0;
}
