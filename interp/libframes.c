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
#define FUNCTOOLS LIB_ROOT "functools.py"
#define STRING_INIT LIB_ROOT "string/__init__.py"
#define COPY LIB_ROOT "copy.py"
#define RE_INIT LIB_ROOT "re/__init__.py"
#define FROZEN_COLLECTIONS_ABC "<frozen _collections_abc>"
#define RE_COMPILER LIB_ROOT "re/_compiler.py"
#define RE_PARSER LIB_ROOT "re/_parser.py"

#define LIB_FRAME_DATA(id, file, line, func, shown) {file, line, func, shown},
static const LibFrame lib_frames[LF_COUNT] = {LIB_FRAMES(LIB_FRAME_DATA)};
#undef LIB_FRAME_DATA

void libframes_add(Run *r, const LibFrameId *ids, size_t n) {
    for (size_t k = 0; k < n; k++) libframes_add_at(r, ids[k], lib_frames[ids[k]].line);
}

void libframes_add_at(Run *r, LibFrameId id, uint32_t line) {
    if (r->abort != ABORT_NONE || !is_exception(r->exc)) return;
    // failing, it stops the run at the memory limit: nothing more to report then
    exc_add_lib_traceback(r, (ObjException *)r->exc.as.obj, &lib_frames[id], line);
}
