// The conversions of %-style `str % args` for numbers and the padding of all of them:
// %d %i %u %o %x %X %e %E %f %F %g %G %c, and the width/precision of %s %r %a.
#ifndef MOAT_INTERP_NUMFMT_PERCENT_H
#define MOAT_INTERP_NUMFMT_PERCENT_H

#include <stdbool.h>
#include <stdint.h>

#include "interp/numfmt.h"
#include "interp/numfmt_int.h"

// One parsed %-conversion; the caller resolves '*' and mapping keys first.
typedef struct NumfmtPercent {
    char conv;               // d i u o x X e E f F g G c s r a
    bool left;               // '-'
    bool zero;               // '0'
    bool plus;               // '+'
    bool space;              // ' '
    bool alternate;          // '#'
    int64_t width;           // -1 when absent
    int64_t precision;       // -1 when absent
    int64_t max_str_digits;  // limit for decimal conversions, 0 for none
} NumfmtPercent;

// A conversion with no flags, width or precision, and the default digit limit.
void numfmt_percent_init(NumfmtPercent *f, char conv);
// %d %i %u %o %x %X of an int (the caller turns floats into ints first).
bool numfmt_percent_int(NumBuf *out, NumfmtInt v, const NumfmtPercent *f, NumfmtError *err);
// %e %E %f %F %g %G.
bool numfmt_percent_float(NumBuf *out, double x, const NumfmtPercent *f, NumfmtError *err);
// %c of an int; OverflowError "%c arg not in range(0x110000)".
bool numfmt_percent_char(NumBuf *out, NumfmtInt v, const NumfmtPercent *f, NumfmtError *err);
// %s %r %a (and %c of a one-character str): pads and truncates UTF-8 text s[0..len).
bool numfmt_percent_text(NumBuf *out, const char *s, size_t len, const NumfmtPercent *f,
                         NumfmtError *err);

#endif
