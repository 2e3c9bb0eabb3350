// Number formatting shared by float, int and str: the output buffer and the error record.
// Everything under numfmt*.c is pure computation over C types: no globals, no locale, no malloc.
#ifndef MOAT_INTERP_NUMFMT_H
#define MOAT_INTERP_NUMFMT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// Where formatted text goes. Bytes written so far are data[0..len). `grow` must make cap at
// least `need` (moving data if it likes) or return false to refuse, e.g. at a memory limit;
// with grow == NULL the buffer is the fixed array data[0..cap).
typedef struct NumBuf {
    char *data;
    size_t len, cap;
    bool (*grow)(struct NumBuf *b, size_t need);
    void *ctx;  // for grow's use
} NumBuf;

// The Python exception a failed call stands for.
typedef enum NumfmtStatus {
    NUMFMT_OK,
    NUMFMT_VALUE_ERROR,
    NUMFMT_OVERFLOW_ERROR,
    NUMFMT_MEMORY_ERROR,  // the buffer refused to grow
} NumfmtStatus;

// A failure: CPython's message is head + arg[0..arg_len) + tail. `arg` borrows the caller's
// text (a format spec), so read the message before that text goes away.
typedef struct NumfmtError {
    NumfmtStatus status;
    const char *arg;
    size_t arg_len;
    char head[320];
    char tail[256];
} NumfmtError;

// Fixed-size buffer over data[0..cap).
void numbuf_init_fixed(NumBuf *b, char *data, size_t cap);
// Room for `more` bytes after len; false (with err set) when the buffer refuses.
bool numbuf_reserve(NumBuf *b, size_t more, NumfmtError *err);
// These assume numbuf_reserve made room.
static inline void numbuf_put(NumBuf *b, char c) {
    b->data[b->len++] = c;
}
void numbuf_put_n(NumBuf *b, const char *s, size_t n);
void numbuf_fill(NumBuf *b, char c, size_t n);
// Reserves, then appends; false with err set when the buffer refuses.
bool numbuf_append(NumBuf *b, const char *s, size_t n, NumfmtError *err);
// Appends `count` copies of the UTF-8 encoding of code point cp.
bool numbuf_append_repeat(NumBuf *b, uint32_t cp, size_t count, NumfmtError *err);

// Sets err to `status` with a message built from fmt, where %s takes a const char *, %.200s
// one cut to 200 bytes, %c an int, %x an unsigned int in hex, %d an int64_t, %% a '%';
// returns false.
bool numfmt_fail(NumfmtError *err, NumfmtStatus status, const char *fmt, ...);
// Writes the whole message of err into out.
bool numfmt_error_text(const NumfmtError *err, NumBuf *out, NumfmtError *err2);

// Decodes one code point at s[*pos] (s is valid UTF-8), advancing *pos.
uint32_t numfmt_utf8_next(const char *s, size_t len, size_t *pos);
// Code points in valid UTF-8 s[0..len).
size_t numfmt_utf8_count(const char *s, size_t len);

#endif
