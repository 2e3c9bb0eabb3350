// The regular expression engine behind the re module: a pattern (as code points) is parsed
// into a node tree and compiled once into a small program; matching runs that program with an
// explicit backtrack stack on the run's memory, charging every step to the instruction limit
// and looking at the clock, so no pattern can hang the host or recurse on the C stack.
#ifndef MOAT_INTERP_RE_H
#define MOAT_INTERP_RE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "interp/run.h"

// re's flag values (CPython's RegexFlag)
enum {
    RE_FLAG_IGNORECASE = 2,
    RE_FLAG_LOCALE = 4,
    RE_FLAG_MULTILINE = 8,
    RE_FLAG_DOTALL = 16,
    RE_FLAG_UNICODE = 32,
    RE_FLAG_VERBOSE = 64,
    RE_FLAG_DEBUG = 128,
    RE_FLAG_ASCII = 256,
};

typedef struct ReInsn {
    uint8_t op;
    uint16_t flags;  // RE_FLAG_* in effect where the instruction came from
    int32_t a, b;
} ReInsn;

// One item of a character class: a range, or a category (lo >= RE_CAT_BASE).
typedef struct ReRange {
    uint32_t lo, hi;
} ReRange;

// A named group, its name as a span of the pattern's code points.
typedef struct ReName {
    uint32_t start, len, group;
} ReName;

typedef struct ReProg {
    ReInsn *code;
    uint32_t len, cap;
    ReRange *ranges;
    uint32_t nranges, rcap;
    ReName *names;
    uint32_t nnames, ncap;
    uint32_t groups;  // capturing groups, group 0 not counted
    uint32_t nslots;  // 2 * (groups + 1) spans, loop registers, and lastindex last
    int flags;        // the pattern's flags, inline ones included
} ReProg;

// A compile error: CPython's message and the code point position it names (-1: none).
// Where CPython's re/_parser.py raises the error, for its frames in tracebacks (RE_SITE_NONE:
// a site moat does not describe, or inside a lookaround or conditional).
typedef enum ReErrorSite {
    RE_SITE_NONE, RE_SITE_UNBALANCED, RE_SITE_MISSING_PAREN, RE_SITE_NOTHING_TO_REPEAT, RE_SITE_MULTIPLE_REPEAT,
    RE_SITE_BAD_ESCAPE,            // a letter escape outside a set (_escape)
    RE_SITE_CLASS_BAD_ESCAPE,      // in a set, a range's start or an item (_class_escape)
    RE_SITE_CLASS_BAD_ESCAPE_END,  // in a set, a range's end
    RE_SITE_RANGE_KIND,            // a range whose end is no single character
    RE_SITE_RANGE_ORDER,           // a range whose end comes before its start
    RE_SITE_UNTERMINATED_SET,
    RE_SITE_UNTERMINATED_SET_DASH,  // after "a-", where the range's end is read
} ReErrorSite;

typedef struct ReError {
    char msg[160];
    int64_t pos;
    uint8_t site;    // ReErrorSite
    uint32_t depth;  // the groups around the _parse call that raises
} ReError;

// Compiles pattern (n code points) with flags into prog. False with *err filled (a pattern
// error), or false with err->msg empty when a limit stopped the run (r->abort or a pending
// exception, such as RecursionError for nesting too deep).
MOAT_NODISCARD bool re_compile(Run *r, const uint32_t *pattern, size_t n, int flags, ReProg *prog,
                               ReError *err);
void re_prog_free(Run *r, ReProg *prog);

enum { RE_MODE_MATCH, RE_MODE_SEARCH, RE_MODE_FULL };

// A subject being matched, [0..end): code points, or the bytes of an ASCII str as they are
// (no copy: a scan that starts at pos over a long ASCII text costs nothing before pos).
typedef struct ReSubject {
    const uint32_t *s;
    const unsigned char *ascii;  // when s is NULL
    size_t end;
} ReSubject;

static inline uint32_t re_subject_at(const ReSubject *subj, size_t k) {
    return subj->s ? subj->s[k] : subj->ascii[k];
}

// Runs prog on subj from pos; on a match fills slots (prog->nslots int64s, -1 unset) and sets
// *found. must_advance: an empty match at pos is refused (the iteration after an empty match).
// False when a limit stopped the run (r->abort set) or memory ran out.
MOAT_NODISCARD bool re_exec(Run *r, const ReProg *prog, ReSubject subj, size_t pos, int mode,
                            bool must_advance, int64_t *slots, bool *found);

// The slot holding lastindex (the last group closed), -1 for none.
static inline uint32_t re_lastindex_slot(const ReProg *prog) {
    return prog->nslots - 1;
}

#endif
