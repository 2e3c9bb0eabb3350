// The frames of CPython's Python-coded standard library that moat's native modules attach
// to tracebacks (the table is LIB_FRAMES in libframes.h; traceback.c prints them).
#include "interp/libframes.h"

#include "interp/exc.h"

// Where Pyodide's CPython 3.14 keeps its standard library, as its tracebacks name it.
#define LIB_ROOT "/lib/python314.zip/"
#define JSON_INIT LIB_ROOT "json/__init__.py"
#define JSON_DECODER LIB_ROOT "json/decoder.py"
#define JSON_ENCODER LIB_ROOT "json/encoder.py"
#define TYPING LIB_ROOT "typing.py"
#define ENUM LIB_ROOT "enum.py"
#define DATACLASSES LIB_ROOT "dataclasses.py"
#define COLLECTIONS LIB_ROOT "collections/__init__.py"
#define CONTEXTLIB LIB_ROOT "contextlib.py"

#define LIB_FRAME_DATA(id, file, line, func, shown) {file, line, func, shown},
static const LibFrame lib_frames[LF_COUNT] = {LIB_FRAMES(LIB_FRAME_DATA)};
#undef LIB_FRAME_DATA

void libframes_add(Run *r, const LibFrameId *ids, size_t n) {
    if (r->abort != ABORT_NONE || !is_exception(r->exc)) return;
    ObjException *e = (ObjException *)r->exc.as.obj;
    for (size_t k = 0; k < n; k++) {
        if (!exc_add_lib_traceback(r, e, &lib_frames[ids[k]])) return;
    }
}
