// libFuzzer target: any bytes through the front end (tree-sitter, lowering, syntax errors,
// compile to bytecode). Must never crash, hang or leak.
#include <stddef.h>
#include <stdint.h>

#include "moat.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    MoatProgram *p;
    if (moat_compile((const char *)data, size, "fuzz.py", &p) == MOAT_OK) moat_program_free(p);
    return 0;
}
