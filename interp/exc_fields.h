// The fields of OSError (errno, strerror, filename, filename2) and SyntaxError (msg,
// filename, lineno, offset, text, end_lineno, end_offset, print_file_and_line).
#ifndef MOAT_INTERP_EXC_FIELDS_H
#define MOAT_INTERP_EXC_FIELDS_H

#include <stdbool.h>

#include "interp/buf.h"
#include "interp/exc.h"
#include "interp/obj_str.h"

// Sets the fields of a new OSError or SyntaxError (any other exception: nothing) from its
// constructor's arguments, as CPython's __init__ parses them; OSError's args then keep only
// errno and strerror when a filename is given. False with TypeError for a bad SyntaxError
// details tuple.
MOAT_NODISCARD bool exc_fields_init(Run *r, Obj *exc, const Args *a);
// The field `name` of e into *out: false when e has no such field.
bool exc_fields_get(const ObjException *e, const ObjStr *name, Value *out);
// Stores (undef: deletes, leaving None) the field `name`; *handled false when e has none.
MOAT_NODISCARD bool exc_fields_set(Run *r, ObjException *e, const ObjStr *name, Value val,
                                   bool *handled);
// str(e) of an OSError with errno and strerror, or of a SyntaxError: *done tells whether e
// was one of those.
MOAT_NODISCARD bool exc_fields_str(Run *r, const ObjException *e, Buf *out, bool *done);
// The arguments __reduce__ gives to rebuild e: its args, but an OSError's as its constructor
// took them (errno, strerror, filename[, None, filename2]).
MOAT_NODISCARD bool exc_fields_reduce_args(Run *r, const ObjException *e, Value *out);
// The report of an uncaught SyntaxError e, as traceback.py formats one: the lines that come
// before its "SyntaxError: " line (the File line, the text and its caret) into `lines`, and
// what follows "SyntaxError: " into msg.
MOAT_NODISCARD bool exc_fields_syntax_report(Run *r, const ObjException *e, Buf *lines,
                                             Buf *msg);

#endif
