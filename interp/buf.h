// Buf: a growable byte buffer on the run's tracked memory, for building strings (repr, str,
// join, formatting). Growth can fail at the memory limit: every append is checked.
#ifndef MOAT_INTERP_BUF_H
#define MOAT_INTERP_BUF_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

#include "interp/numfmt.h"
#include "interp/run.h"

enum { BUF_INLINE = 64 };

struct Buf {
    Run *r;
    char *data;  // `small` until the text outgrows it: short results never allocate
    size_t len, cap;
    uint32_t depth;  // guard: nesting of repr/str of containers being built into this buffer
    char small[BUF_INLINE];
};

void buf_init(Buf *b, Run *r);
void buf_fini(Buf *b);
MOAT_NODISCARD bool buf_reserve(Buf *b, size_t more);
MOAT_NODISCARD bool buf_append(Buf *b, const char *s, size_t n);
MOAT_NODISCARD bool buf_append_cstr(Buf *b, const char *s);
MOAT_NODISCARD bool buf_append_char(Buf *b, char c);
// printf subset with C arguments: %s %d %u %zu %lld %c %%
MOAT_NODISCARD bool buf_printf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
// A NumBuf that appends to b (for numfmt's formatters).
void buf_numbuf(Buf *b, NumBuf *nb);
// After numfmt wrote through nb: takes its length back into b.
void buf_numbuf_done(Buf *b, const NumBuf *nb);
// The contents as a new str (valid UTF-8 is the caller's promise); frees the buffer either
// way. NULL at a limit.
Obj *buf_to_str(Buf *b);

#endif
