// %-style conversions, after CPython's Objects/unicode_format.c: render the value with its
// sign (and 0x prefix), then unicode_format_arg_output pads it, putting sign and prefix before
// zero padding and after space padding.
#include "interp/numfmt_percent.h"

#include <limits.h>
#include <string.h>

#include "interp/numfmt_digits.h"
#include "interp/obj_str_char.h"

void numfmt_percent_init(NumfmtPercent *f, char conv) {
    memset(f, 0, sizeof *f);
    f->conv = conv;
    f->width = -1;
    f->precision = -1;
    f->max_str_digits = NUMFMT_MAX_STR_DIGITS;
}

static bool is_numeric(char conv) {
    return strchr("diuoxXeEfFgG", conv) != NULL;
}

static bool has_prefix(const NumfmtPercent *f) {
    return f->alternate && (f->conv == 'x' || f->conv == 'X' || f->conv == 'o');
}

// Bytes of the first `chars` code points of text[p..bytes): %s with a precision cuts there.
static size_t prefix_bytes(const char *text, size_t bytes, size_t p, int64_t chars) {
    size_t i = p;
    for (int64_t k = 0; k < chars; k++) numfmt_utf8_next(text, bytes, &i);
    return i - p;
}

// Pads the text rendered at out->data[start..] in place, as unicode_format_arg_output does.
static bool pad_output(NumBuf *out, size_t start, const NumfmtPercent *f, NumfmtError *err) {
    const char *text = out->data + start;
    size_t bytes = out->len - start, p = 0;
    int64_t len = (int64_t)numfmt_utf8_count(text, bytes), width = f->width;
    bool numeric = is_numeric(f->conv);
    char fill = numeric && f->zero ? '0' : ' ', sign = 0;
    if (f->conv == 's' || f->conv == 'r' || f->conv == 'a') {
        if (f->precision >= 0 && len > f->precision) len = f->precision;
    }
    if (numeric) {
        if (text[0] == '-' || text[0] == '+') {
            sign = text[0];
            p = 1;
            len--;
        } else if (f->plus || f->space) {
            sign = f->plus ? '+' : ' ';
        }
    }
    if (width < len) width = len;
    // padding is ASCII and at most width; the text takes at most its own bytes
    size_t room;
    if (__builtin_add_overflow(bytes, (size_t)width, &room)) {
        return numfmt_fail(err, NUMFMT_MEMORY_ERROR, "out of memory");
    }
    if (!numbuf_reserve(out, room, err)) return false;
    text = out->data + start;
    size_t built = out->len;
    if (sign) {
        if (fill != ' ') numbuf_put(out, sign);
        if (width > len) width--;
    }
    bool prefix = has_prefix(f);
    if (prefix) {
        if (fill != ' ') numbuf_put_n(out, text + p, 2), p += 2;
        width = width - 2 < 0 ? 0 : width - 2;
        len -= 2;
    }
    if (width > len && !f->left) {
        numbuf_fill(out, fill, (size_t)(width - len));
        width = len;
    }
    if (fill == ' ') {
        if (sign) numbuf_put(out, sign);
        if (prefix) numbuf_put_n(out, text + p, 2), p += 2;
    }
    numbuf_put_n(out, text + p, numeric ? bytes - p : prefix_bytes(text, bytes, p, len));
    if (width > len) numbuf_fill(out, ' ', (size_t)(width - len));
    size_t total = out->len - built;
    if (total) memmove(out->data + start, out->data + built, total);
    out->len = start + total;
    return true;
}

// _PyUnicode_FormatLong: sign, "0x"/"0o" with '#', digits zero-filled to the precision;
// 'X' upper-cases all of it.
static bool render_int(NumBuf *out, NumfmtInt v, const NumfmtPercent *f, NumfmtError *err) {
    if (f->precision > INT_MAX - 3) {
        return numfmt_fail(err, NUMFMT_OVERFLOW_ERROR, "precision too large");
    }
    int base = f->conv == 'o' ? 8 : (f->conv == 'x' || f->conv == 'X') ? 16 : 10;
    if (base == 10 && !numfmt_int_check_str_digits(v, f->max_str_digits, err)) return false;
    size_t start = out->len, ndigits = numfmt_int_digit_count(v, base);
    size_t zeros = f->precision > (int64_t)ndigits ? (size_t)f->precision - ndigits : 0;
    if (!numbuf_reserve(out, zeros + 3, err)) return false;
    if (numfmt_int_sign(v) < 0) numbuf_put(out, '-');
    if (f->alternate && base != 10) numbuf_put_n(out, base == 8 ? "0o" : "0x", 2);
    numbuf_fill(out, '0', zeros);
    if (!numfmt_int_put_abs(out, v, base, err)) return false;
    if (f->conv == 'X') {
        for (size_t i = start; i < out->len; i++) {
            char c = out->data[i];
            if (c >= 'a' && c <= 'x') out->data[i] = (char)(c - ('a' - 'A'));
        }
    }
    return true;
}

bool numfmt_percent_int(NumBuf *out, NumfmtInt v, const NumfmtPercent *f, NumfmtError *err) {
    size_t start = out->len;
    return render_int(out, v, f, err) && pad_output(out, start, f, err);
}

bool numfmt_percent_float(NumBuf *out, double x, const NumfmtPercent *f, NumfmtError *err) {
    NumfmtFloatStyle st = {
        .type = f->conv,
        .precision = f->precision < 0 ? 6 : f->precision,
        .alternate = f->alternate,
    };
    if (st.precision > INT_MAX) return numfmt_fail(err, NUMFMT_VALUE_ERROR, "precision too big");
    size_t start = out->len;
    return numfmt_float_format(out, x, &st, err) && pad_output(out, start, f, err);
}

bool numfmt_percent_char(NumBuf *out, NumfmtInt v, const NumfmtPercent *f, NumfmtError *err) {
    int64_t c = v.small;
    if (v.big) c = mpz_fits_slong_p(v.big) ? (int64_t)mpz_get_si(v.big) : -1;
    if (c < 0 || c > 0x10FFFF) {
        return numfmt_fail(err, NUMFMT_OVERFLOW_ERROR, "%%c arg not in range(0x110000)");
    }
    char enc[4];
    size_t n = str_char_encode((uint32_t)c, enc);
    return numfmt_percent_text(out, enc, n, f, err);
}

bool numfmt_percent_text(NumBuf *out, const char *s, size_t len, const NumfmtPercent *f,
                         NumfmtError *err) {
    size_t start = out->len;
    return numbuf_append(out, s, len, err) && pad_output(out, start, f, err);
}
