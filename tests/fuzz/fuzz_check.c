// libFuzzer target: the checker. The input is split at the first NUL byte into a host stub
// and a script; the script is checked against moat's stubs and the host's.
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "moat.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const uint8_t *nul = memchr(data, 0, size);
    size_t stub_len = nul ? (size_t)(nul - data) : 0;
    const char *script = (const char *)data + (nul ? stub_len + 1 : 0);
    size_t script_len = size - (nul ? stub_len + 1 : 0);
    MoatStubs *stubs;
    if (moat_stubs_new(&stubs) != MOAT_OK) return 0;
    if (stub_len) moat_stubs_add(stubs, (const char *)data, stub_len, "fuzz.pyi", NULL);
    MoatProgram *p;
    if (moat_compile(script, script_len, "fuzz.py", &p) == MOAT_OK) {
        MoatCheck *c;
        if (moat_check(p, stubs, &c) == MOAT_OK) moat_check_free(c);
        moat_program_free(p);
    }
    moat_stubs_free(stubs);
    return 0;
}
