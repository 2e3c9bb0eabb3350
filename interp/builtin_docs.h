// CPython's __doc__ and __text_signature__ for the common functions of builtins.
#ifndef MOAT_INTERP_BUILTIN_DOCS_H
#define MOAT_INTERP_BUILTIN_DOCS_H

#include <stdbool.h>

// The texts of builtins' function `name` (*signature NULL where CPython's is None); false
// for a function the table leaves out.
bool builtin_docs_find(const char *name, const char **doc, const char **signature);

#endif
