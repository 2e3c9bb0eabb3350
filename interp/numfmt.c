// The output buffer, error messages and UTF-8 helpers shared by the numfmt*.c formatters.
#include "interp/numfmt.h"

#include <stdarg.h>
#include <string.h>

#include "interp/obj_str_char.h"
void numbuf_init_fixed(NumBuf *b, char *data, size_t cap) {
    b->data = data;
    b->len = 0;
    b->cap = cap;
    b->grow = NULL;
    b->ctx = NULL;
}

bool numbuf_reserve(NumBuf *b, size_t more, NumfmtError *err) {
    size_t need;
    if (__builtin_add_overflow(b->len, more, &need)) goto refused;
    if (need <= b->cap) return true;
    // guard: every byte of output passes the caller's allocator, so a memory limit can refuse
    if (b->grow && b->grow(b, need) && b->cap >= need) return true;
refused:
    return numfmt_fail(err, NUMFMT_MEMORY_ERROR, "out of memory");
}

void numbuf_put_n(NumBuf *b, const char *s, size_t n) {
    if (n == 0) return;  // data may still be NULL
    memcpy(b->data + b->len, s, n);
    b->len += n;
}

void numbuf_fill(NumBuf *b, char c, size_t n) {
    if (n == 0) return;
    memset(b->data + b->len, c, n);
    b->len += n;
}

bool numbuf_append(NumBuf *b, const char *s, size_t n, NumfmtError *err) {
    if (!numbuf_reserve(b, n, err)) return false;
    numbuf_put_n(b, s, n);
    return true;
}

bool numbuf_append_repeat(NumBuf *b, uint32_t cp, size_t count, NumfmtError *err) {
    char enc[4];
    size_t n = str_char_encode(cp, enc), total;
    if (__builtin_mul_overflow(n, count, &total)) {
        return numfmt_fail(err, NUMFMT_MEMORY_ERROR, "out of memory");
    }
    if (!numbuf_reserve(b, total, err)) return false;
    if (n == 1) {
        numbuf_fill(b, enc[0], count);
        return true;
    }
    for (size_t i = 0; i < count; i++) numbuf_put_n(b, enc, n);
    return true;
}

// Appends s[0..n) to dst (holding *len bytes of cap), cutting at cap - 1.
static void msg_put(char *dst, size_t cap, size_t *len, const char *s, size_t n) {
    if (n > cap - 1 - *len) n = cap - 1 - *len;
    memcpy(dst + *len, s, n);
    *len += n;
    dst[*len] = '\0';
}

// Digits of v in `base` (10 or 16), most significant first; returns the count.
static size_t msg_digits(char out[24], uint64_t v, unsigned base) {
    char tmp[24];
    size_t n = 0, k = 0;
    do {
        tmp[n++] = "0123456789abcdef"[v % base];
        v /= base;
    } while (v);
    while (n) out[k++] = tmp[--n];
    return k;
}

bool numfmt_fail(NumfmtError *err, NumfmtStatus status, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    size_t len = 0;
    err->status = status;
    err->arg = NULL;
    err->arg_len = 0;
    err->head[0] = err->tail[0] = '\0';
    for (const char *p = fmt; *p; p++) {
        char num[24];
        if (*p != '%') {
            msg_put(err->head, sizeof err->head, &len, p, 1);
        } else if (p[1] == '%') {
            msg_put(err->head, sizeof err->head, &len, p, 1);
            p++;
        } else if (p[1] == 's') {
            const char *s = va_arg(ap, const char *);
            msg_put(err->head, sizeof err->head, &len, s, strlen(s));
            p++;
        } else if (strncmp(p, "%.200s", 6) == 0) {
            const char *s = va_arg(ap, const char *);
            msg_put(err->head, sizeof err->head, &len, s, strnlen(s, 200));
            p += 5;
        } else if (p[1] == 'c') {
            char c = (char)va_arg(ap, int);
            msg_put(err->head, sizeof err->head, &len, &c, 1);
            p++;
        } else if (p[1] == 'x') {
            msg_put(err->head, sizeof err->head, &len, num,
                    msg_digits(num, va_arg(ap, unsigned), 16));
            p++;
        } else if (p[1] == 'd') {
            int64_t v = va_arg(ap, int64_t);
            if (v < 0) msg_put(err->head, sizeof err->head, &len, "-", 1);
            uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
            msg_put(err->head, sizeof err->head, &len, num, msg_digits(num, u, 10));
            p++;
        } else {
            msg_put(err->head, sizeof err->head, &len, p, 1);
        }
    }
    va_end(ap);
    return false;
}

bool numfmt_error_text(const NumfmtError *err, NumBuf *out, NumfmtError *err2) {
    return numbuf_append(out, err->head, strlen(err->head), err2) &&
           numbuf_append(out, err->arg ? err->arg : "", err->arg_len, err2) &&
           numbuf_append(out, err->tail, strlen(err->tail), err2);
}

uint32_t numfmt_utf8_next(const char *s, size_t len, size_t *pos) {
    const unsigned char *u = (const unsigned char *)s + *pos;
    size_t left = len - *pos;
    uint32_t c = u[0];
    size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    // guard: a truncated sequence at the end reads no further than len
    if (n > left) n = left;
    if (n == 1) {
        *pos += 1;
        return c;
    }
    c &= 0x3F >> (n - 1);
    for (size_t i = 1; i < n; i++) c = (c << 6) | (u[i] & 0x3F);
    *pos += n;
    return c;
}

size_t numfmt_utf8_count(const char *s, size_t len) {
    size_t n = 0;
    for (size_t i = 0; i < len; i++) n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}
