// Buf: byte buffer on the run's tracked memory.
#include "interp/buf.h"

#include <stdio.h>
#include <string.h>

#include "interp/obj_str.h"

void buf_init(Buf *b, Run *r) {
    b->r = r;
    b->data = b->small;
    b->len = 0;
    b->cap = sizeof b->small;
    b->depth = 0;
}

void buf_fini(Buf *b) {
    if (b->data != b->small) mem_free(b->r, b->data, b->cap);
    b->data = b->small;
    b->len = 0;
    b->cap = sizeof b->small;
}

bool buf_reserve(Buf *b, size_t more) {
    size_t need;
    if (__builtin_add_overflow(b->len, more, &need)) {
        if (b->r->abort == ABORT_NONE) b->r->abort = ABORT_MEMORY;
        return false;
    }
    if (need <= b->cap) return true;
    size_t cap = b->cap;
    while (cap < need) {
        if (__builtin_mul_overflow(cap, 2, &cap)) cap = need;
    }
    bool inline_ = b->data == b->small;
    char *p = mem_realloc(b->r, inline_ ? NULL : b->data, inline_ ? 0 : b->cap, cap);
    if (!p) return false;
    if (inline_) memcpy(p, b->small, b->len);
    b->data = p;
    b->cap = cap;
    return true;
}

bool buf_append(Buf *b, const char *s, size_t n) {
    if (!buf_reserve(b, n)) return false;
    if (n) memcpy(b->data + b->len, s, n);
    b->len += n;
    return true;
}

bool buf_append_cstr(Buf *b, const char *s) {
    return buf_append(b, s, strlen(s));
}

bool buf_append_char(Buf *b, char c) {
    return buf_append(b, &c, 1);
}

bool buf_printf(Buf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0) return true;
    if (!buf_reserve(b, (size_t)n + 1)) return false;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
    return true;
}

static bool buf_numbuf_grow(NumBuf *nb, size_t need) {
    Buf *b = nb->ctx;
    b->len = nb->len;
    if (need < b->len || !buf_reserve(b, need - b->len)) return false;
    nb->data = b->data;
    nb->cap = b->cap;
    return true;
}

void buf_numbuf(Buf *b, NumBuf *nb) {
    nb->data = b->data;
    nb->len = b->len;
    nb->cap = b->cap;
    nb->grow = buf_numbuf_grow;
    nb->ctx = b;
}

void buf_numbuf_done(Buf *b, const NumBuf *nb) {
    b->data = nb->data;
    b->len = nb->len;
    b->cap = nb->cap;
}

Obj *buf_to_str(Buf *b) {
    Obj *s = str_new(b->r, b->data, b->len);
    buf_fini(b);
    return s;
}
