// What re_compile.c and re_match.c share: the instruction set and the class categories.
#ifndef MOAT_INTERP_RE_INTERNAL_H
#define MOAT_INTERP_RE_INTERNAL_H

#include "interp/re.h"

enum ReOp {
    RE_CHAR,        // a: the code point (lowered under IGNORECASE), b: its uppercase
    RE_ANY,         // any but \n (anything under DOTALL)
    RE_CLASS,       // a: first range, b: count; RE_NEGATE in flags
    RE_ASSERT,      // a: ReAssert
    RE_SPLIT,       // try a, then b
    RE_JMP,         // a
    RE_SAVE,        // slots[a] = pos
    RE_PROGRESS,    // after a loop's body: an empty iteration (pos == slots[a]) leaves the loop for b
    RE_BACKREF,     // a: group
    RE_LOOK,        // a: the instruction after RE_LOOK_END, b: width behind; RE_NEGATE, RE_BEHIND
    RE_LOOK_END,
    RE_ATOMIC,      // (?>...), possessive repeats: the body's choices are dropped at its end
    RE_ATOMIC_END,
    RE_GROUPREF_EXISTS,  // (?(g)yes|no): a: group, b: the no branch
    RE_MATCH,
};

enum { RE_NEGATE = 1 << 12, RE_BEHIND = 1 << 13 };

typedef enum ReAssert {
    RE_AT_BEGIN,       // ^
    RE_AT_END,         // $
    RE_AT_BEGIN_STR,   // \A
    RE_AT_END_STR,     // \Z
    RE_AT_BOUNDARY,    // \b
    RE_AT_NON_BOUNDARY,  // \B
} ReAssert;

enum { RE_CAT_BASE = 0x7FFFFF00u };
typedef enum ReCat { RE_CAT_DIGIT, RE_CAT_NOT_DIGIT, RE_CAT_WORD, RE_CAT_NOT_WORD, RE_CAT_SPACE,
                     RE_CAT_NOT_SPACE } ReCat;

bool re_cat_has(ReCat cat, uint32_t c, bool ascii);
uint32_t re_lower(uint32_t c, bool ascii);
uint32_t re_upper(uint32_t c, bool ascii);

#endif
