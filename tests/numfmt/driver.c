// Reads one request per line on stdin and prints moat's answer, for compare.py to check against
// CPython. Requests (HEX = the 64 bits of a double in hex, DEC = an int as C writes it: 12, -0x1f):
//   repr HEX | format HEX SPEC | iformat DEC SPEC | bformat DEC SPEC (forces GMP) |
//   sformat HEXUTF8 SPEC | parse TEXT | literal TEXT | round HEX N | roundint HEX | hex HEX |
//   fromhex TEXT | ratio HEX | pfloat HEX %SPEC | pint DEC %SPEC | str DEC
// Answers are one line: the text, the bits in hex for parse, or "!! ErrorType: message".
#include <gmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "interp/numfmt.h"
#include "interp/numfmt_digits.h"
#include "interp/numfmt_hex.h"
#include "interp/numfmt_int.h"
#include "interp/numfmt_parse.h"
#include "interp/numfmt_percent.h"
#include "interp/numfmt_repr.h"
#include "interp/numfmt_spec.h"

static bool grow(NumBuf *b, size_t need) {
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need) cap *= 2;
    // the tests' own limit, so a huge width fails as a MemoryError would
    if (cap > ((size_t)1 << 30)) return false;
    char *p = realloc(b->data, cap);
    if (!p) return false;
    b->data = p;
    b->cap = cap;
    return true;
}

static double bits_to_double(const char *hex) {
    uint64_t u = strtoull(hex, NULL, 16);
    double x;
    memcpy(&x, &u, sizeof x);
    return x;
}

// One answer per line: a newline or backslash inside an answer is escaped so the line
// structure holds (compare.py escapes its expected answers the same way).
static void print_escaped(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\n')
            fputs("\\n", stdout);
        else if (s[i] == '\\')
            fputs("\\\\", stdout);
        else
            putchar(s[i]);
    }
}

static void print_error(const NumfmtError *err) {
    static const char *const names[] = {"OK", "ValueError", "OverflowError", "MemoryError"};
    printf("!! %s: ", names[err->status]);
    print_escaped(err->head, strlen(err->head));
    if (err->arg) print_escaped(err->arg, err->arg_len);
    print_escaped(err->tail, strlen(err->tail));
    putchar('\n');
}

static void print_buf(NumBuf *b) {
    print_escaped(b->data, b->len);
    putchar('\n');
}

// "%[flags][width][.prec]conv" into f; false when malformed.
static bool parse_conversion(const char *s, NumfmtPercent *f) {
    if (*s++ != '%') return false;
    numfmt_percent_init(f, 0);
    for (;; s++) {
        if (*s == '-')
            f->left = true;
        else if (*s == '0')
            f->zero = true;
        else if (*s == '+')
            f->plus = true;
        else if (*s == ' ')
            f->space = true;
        else if (*s == '#')
            f->alternate = true;
        else
            break;
    }
    if (*s >= '0' && *s <= '9') f->width = strtoll(s, (char **)&s, 10);
    if (*s == '.') {
        s++;
        f->precision = strtoll(s, (char **)&s, 10);
    }
    f->conv = *s;
    return f->conv != 0;
}

// Splits "WORD REST" at the first space.
static char *split(char *line) {
    char *sp = strchr(line, ' ');
    if (!sp) return line + strlen(line);
    *sp = '\0';
    return sp + 1;
}

static void with_int(const char *dec, bool force_big, NumfmtInt *v, mpz_t z) {
    mpz_set_str(z, dec, 0);
    *v = (!force_big && mpz_fits_slong_p(z)) ? numfmt_int_small(mpz_get_si(z)) : numfmt_int_big(z);
}

static bool run_format(char *cmd, char *arg, NumBuf *b, NumfmtError *err, mpz_t z) {
    char *spec = split(arg);
    NumfmtSpec sp;
    if (strcmp(cmd, "format") == 0) {
        numfmt_spec_init(&sp, NUMFMT_KIND_FLOAT, "float");
        if (*spec == '\0') {
            char r[NUMFMT_REPR_MAX];
            size_t n = numfmt_float_repr(bits_to_double(arg), r);
            return numbuf_append(b, r, n, err);
        }
        return numfmt_spec_parse(&sp, spec, strlen(spec), err) &&
               numfmt_format_float(b, bits_to_double(arg), &sp, err);
    }
    if (strcmp(cmd, "sformat") == 0) {
        char text[4096];
        size_t n = strlen(arg) / 2;
        for (size_t i = 0; i < n; i++) {
            unsigned c;
            sscanf(arg + 2 * i, "%2x", &c);
            text[i] = (char)c;
        }
        numfmt_spec_init(&sp, NUMFMT_KIND_STR, "str");
        if (*spec == '\0') return numbuf_append(b, text, n, err);
        return numfmt_spec_parse(&sp, spec, strlen(spec), err) &&
               numfmt_format_str(b, text, n, &sp, err);
    }
    NumfmtInt v;
    with_int(arg, strcmp(cmd, "bformat") == 0, &v, z);
    numfmt_spec_init(&sp, NUMFMT_KIND_INT, "int");
    if (*spec == '\0') return numfmt_int_to_text(b, v, 10, false, NUMFMT_MAX_STR_DIGITS, err);
    return numfmt_spec_parse(&sp, spec, strlen(spec), err) && numfmt_format_int(b, v, &sp, err);
}

static bool run_misc(char *cmd, char *arg, NumBuf *b, NumfmtError *err, mpz_t z) {
    char tmp[64];
    double x;
    if (strcmp(cmd, "repr") == 0) {
        return numbuf_append(b, tmp, numfmt_float_repr(bits_to_double(arg), tmp), err);
    }
    if (strcmp(cmd, "parse") == 0 || strcmp(cmd, "literal") == 0) {
        bool ok = cmd[0] == 'p' ? numfmt_float_parse(arg, strlen(arg), &x)
                                : numfmt_float_parse_literal(arg, strlen(arg), &x);
        if (!ok) return numfmt_fail(err, NUMFMT_VALUE_ERROR, "could not convert");
        uint64_t u;
        memcpy(&u, &x, sizeof u);
        snprintf(tmp, sizeof tmp, "%016llx", (unsigned long long)u);
        return numbuf_append(b, tmp, 16, err);
    }
    if (strcmp(cmd, "round") == 0) {
        char *n = split(arg);
        if (!numfmt_float_round(bits_to_double(arg), strtoll(n, NULL, 10), &x, err)) return false;
        return numbuf_append(b, tmp, numfmt_float_repr(x, tmp), err);
    }
    if (strcmp(cmd, "roundint") == 0) {
        if (!numfmt_float_round_int(bits_to_double(arg), &x, err)) return false;
        mpz_set_d(z, x);
        return numfmt_int_to_text(b, numfmt_int_big(z), 10, false, 0, err);
    }
    if (strcmp(cmd, "hex") == 0) {
        return numbuf_append(b, tmp, numfmt_float_hex(bits_to_double(arg), tmp), err);
    }
    if (strcmp(cmd, "fromhex") == 0) {
        if (!numfmt_float_fromhex(arg, strlen(arg), &x, err)) return false;
        return numbuf_append(b, tmp, numfmt_float_repr(x, tmp), err);
    }
    if (strcmp(cmd, "ratio") == 0) {
        mpz_t den;
        mpz_init(den);
        bool ok = numfmt_float_as_integer_ratio(bits_to_double(arg), z, den, err) &&
                  numfmt_int_to_text(b, numfmt_int_big(z), 10, false, 0, err) &&
                  numbuf_append(b, " ", 1, err) &&
                  numfmt_int_to_text(b, numfmt_int_big(den), 10, false, 0, err);
        mpz_clear(den);
        return ok;
    }
    if (strcmp(cmd, "str") == 0) {
        NumfmtInt v;
        with_int(arg, false, &v, z);
        return numfmt_int_to_text(b, v, 10, false, NUMFMT_MAX_STR_DIGITS, err);
    }
    NumfmtPercent f;
    char *conv = split(arg);
    if (!parse_conversion(conv, &f)) return numfmt_fail(err, NUMFMT_VALUE_ERROR, "bad request");
    if (strcmp(cmd, "pfloat") == 0) return numfmt_percent_float(b, bits_to_double(arg), &f, err);
    if (strcmp(cmd, "pint") == 0) {
        NumfmtInt v;
        with_int(arg, false, &v, z);
        return f.conv == 'c' ? numfmt_percent_char(b, v, &f, err)
                             : numfmt_percent_int(b, v, &f, err);
    }
    return numfmt_fail(err, NUMFMT_VALUE_ERROR, "bad request");
}

int main(void) {
    size_t cap = 1 << 16;
    char *line = malloc(cap);
    NumBuf b = {.grow = grow};
    mpz_t z;
    mpz_init(z);
    ssize_t n;
    while ((n = getline(&line, &cap, stdin)) > 0) {
        if (line[n - 1] == '\n') line[--n] = '\0';
        char *arg = split(line);
        NumfmtError err;
        b.len = 0;
        bool ok = strstr(line, "format") ? run_format(line, arg, &b, &err, z)
                                         : run_misc(line, arg, &b, &err, z);
        if (ok) {
            print_buf(&b);
        } else {
            print_error(&err);
        }
    }
    mpz_clear(z);
    free(b.data);
    free(line);
    return 0;
}
