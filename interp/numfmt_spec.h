// The format-spec mini-language of format() and f-strings for int, float, complex and str:
// [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." [precision][grouping]][type].
#ifndef MOAT_INTERP_NUMFMT_SPEC_H
#define MOAT_INTERP_NUMFMT_SPEC_H

#include <gmp.h>
#include <stdbool.h>
#include <stdint.h>

#include "interp/numfmt.h"
#include "interp/numfmt_int.h"

typedef enum NumfmtKind { NUMFMT_KIND_INT, NUMFMT_KIND_FLOAT, NUMFMT_KIND_STR } NumfmtKind;

typedef struct NumfmtSpec {
    // Set by numfmt_spec_init, may be changed before parsing:
    NumfmtKind kind;         // which __format__ parses: sets the default type and alignment
    const char *type_name;   // the object's type in messages: "int", "bool", "float", ...
    int64_t max_str_digits;  // limit for int to decimal text, 0 for none (default 4300)
    // Parsed:
    uint32_t fill;       // code point, ' ' by default
    char align;          // '<', '>', '^' or '='
    char sign;           // '+', '-', ' ' or 0
    bool no_neg_zero;    // 'z'
    bool alternate;      // '#'
    int64_t width;       // -1 when absent
    char grouping;       // ',' or '_' for the integer part, or 0
    char frac_grouping;  // ',' or '_' for the digits after the point (3.14), or 0
    int64_t precision;   // -1 when absent
    uint32_t type;       // code point of the type, or the kind's default
    const char *text;    // the spec as given (borrowed), for messages
    size_t text_len;
} NumfmtSpec;

// Defaults for formatting an object of `kind` named `type_name` (borrowed, kept).
void numfmt_spec_init(NumfmtSpec *spec, NumfmtKind kind, const char *type_name);
// Parses UTF-8 text[0..len) into spec, checking what CPython checks while parsing; false with
// a ValueError in err. An empty spec means str(x): it formats int, float and str as str() does,
// but bool and other subclasses must call their own str() instead (format(True, "") is "True").
bool numfmt_spec_parse(NumfmtSpec *spec, const char *text, size_t len, NumfmtError *err);

// format(x, spec) for a parsed spec of kind NUMFMT_KIND_FLOAT.
bool numfmt_format_float(NumBuf *out, double x, const NumfmtSpec *spec, NumfmtError *err);
// format(complex(re, im), spec) for a parsed spec of kind NUMFMT_KIND_FLOAT: both parts laid
// out like floats, the whole padded; no '0' padding, no '=' alignment.
bool numfmt_format_complex(NumBuf *out, double re, double im, const NumfmtSpec *spec,
                           NumfmtError *err);
// format(v, spec) for kind NUMFMT_KIND_INT; float types convert v to a double first.
bool numfmt_format_int(NumBuf *out, NumfmtInt v, const NumfmtSpec *spec, NumfmtError *err);
// format(s, spec) for kind NUMFMT_KIND_STR on valid UTF-8 s[0..len).
bool numfmt_format_str(NumBuf *out, const char *s, size_t len, const NumfmtSpec *spec,
                       NumfmtError *err);

#endif
