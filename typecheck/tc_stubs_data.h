// moat's bundled stubs as data, generated at build time from stubs/*.pyi.
#ifndef MOAT_TYPECHECK_TC_STUBS_DATA_H
#define MOAT_TYPECHECK_TC_STUBS_DATA_H

#include <stddef.h>

typedef struct TcStubSource {
    const char *module;  // "builtins", "math", ...
    const char *text;
    size_t len;
} TcStubSource;

extern const TcStubSource tc_stub_sources[];
extern const size_t tc_stub_source_count;

#endif
