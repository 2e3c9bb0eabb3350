// format() for int, float, complex and str, after CPython's Python/formatter_unicode.c: parse the spec,
// render the number as ASCII text, then lay it out as
//   <lpad> <sign> <prefix> <spad> <grouped digits> <point> <grouped fraction + rest> <rpad>
// where at most one padding is non-empty; '0' padding with '=' grows the digits instead, so
// separators land in the zeros too ("0,001,234").
#include "interp/numfmt_spec.h"

#include <limits.h>
#include <math.h>
#include <string.h>

#include "interp/numfmt_digits.h"
#include "interp/obj_str_char.h"

void numfmt_spec_init(NumfmtSpec *spec, NumfmtKind kind, const char *type_name) {
    memset(spec, 0, sizeof *spec);
    spec->kind = kind;
    spec->type_name = type_name;
    spec->max_str_digits = NUMFMT_MAX_STR_DIGITS;
    spec->fill = ' ';
    spec->align = kind == NUMFMT_KIND_STR ? '<' : '>';
    spec->width = -1;
    spec->precision = -1;
    spec->type = kind == NUMFMT_KIND_INT ? 'd' : kind == NUMFMT_KIND_STR ? 's' : 0;
}

static bool is_align(uint32_t c) {
    return c == '<' || c == '>' || c == '=' || c == '^';
}

// A decimal integer at s[*pos]; returns the count of digits read, -1 on overflow.
static int64_t parse_count(const char *s, size_t len, size_t *pos, int64_t *value,
                           NumfmtError *err) {
    int64_t v = 0, n = 0;
    while (*pos < len && s[*pos] >= '0' && s[*pos] <= '9') {
        int d = s[*pos] - '0';
        if (v > (INT64_MAX - d) / 10) {
            numfmt_fail(err, NUMFMT_VALUE_ERROR, "Too many decimal digits in format string");
            return -1;
        }
        v = v * 10 + d;
        (*pos)++;
        n++;
    }
    *value = v;
    return n;
}

static bool fail_both_separators(NumfmtError *err) {
    return numfmt_fail(err, NUMFMT_VALUE_ERROR, "Cannot specify both ',' and '_'.");
}

static bool fail_separator_type(NumfmtError *err, char sep, uint32_t type) {
    if (type > 32 && type < 128) {
        return numfmt_fail(err, NUMFMT_VALUE_ERROR, "Cannot specify '%c' with '%c'.", sep,
                           (int)type);
    }
    return numfmt_fail(err, NUMFMT_VALUE_ERROR, "Cannot specify '%c' with '\\x%x'.", sep,
                       (unsigned)type);
}

static bool fail_unknown_type(NumfmtError *err, uint32_t type, const char *type_name) {
    if (type > 32 && type < 128) {
        return numfmt_fail(err, NUMFMT_VALUE_ERROR,
                           "Unknown format code '%c' for object of type '%.200s'", (int)type,
                           type_name);
    }
    return numfmt_fail(err, NUMFMT_VALUE_ERROR,
                       "Unknown format code '\\x%x' for object of type '%.200s'", (unsigned)type,
                       type_name);
}

// ',' or '_', then the other one is an error; *sep gets the one found.
static bool parse_separator(const char *s, size_t len, size_t *pos, char *sep, NumfmtError *err) {
    if (*pos < len && s[*pos] == ',') {
        *sep = ',';
        (*pos)++;
    }
    if (*pos < len && s[*pos] == '_') {
        if (*sep) return fail_both_separators(err);
        *sep = '_';
        (*pos)++;
    }
    if (*pos < len && s[*pos] == ',' && *sep == '_') return fail_both_separators(err);
    return true;
}

// "." [precision] [grouping]; precision stays -1 when only a separator follows the point.
static bool parse_precision(NumfmtSpec *spec, const char *s, size_t len, size_t *pos,
                            NumfmtError *err) {
    (*pos)++;
    int64_t n = parse_count(s, len, pos, &spec->precision, err);
    if (n < 0) return false;
    if (n == 0) spec->precision = -1;
    if (!parse_separator(s, len, pos, &spec->frac_grouping, err)) return false;
    if (n == 0 && !spec->frac_grouping) {
        return numfmt_fail(err, NUMFMT_VALUE_ERROR, "Format specifier missing precision");
    }
    return true;
}

// The checks CPython makes on the parsed fields before knowing the value.
static bool check_separators(NumfmtSpec *spec, NumfmtError *err) {
    if (spec->grouping) {
        switch (spec->type) {
        case 'd':
        case 'e':
        case 'f':
        case 'g':
        case 'E':
        case 'G':
        case '%':
        case 'F':
        case 0:
            break;
        case 'b':
        case 'o':
        case 'x':
        case 'X':
            if (spec->grouping == '_') break;  // every four digits
            return fail_separator_type(err, spec->grouping, spec->type);
        default:
            return fail_separator_type(err, spec->grouping, spec->type);
        }
    }
    if (spec->type == 'n' && spec->frac_grouping) {
        return fail_separator_type(err, spec->frac_grouping, spec->type);
    }
    return true;
}

// [[fill]align][sign]["z"]["#"]["0"]
static void parse_flags(NumfmtSpec *spec, const char *s, size_t len, size_t *pos) {
    size_t p1 = 0, p2 = 0;
    uint32_t c0 = numfmt_utf8_next(s, len, &p1);
    bool fill_given = false, align_given = false;
    if (p1 < len) {
        p2 = p1;
        uint32_t c1 = numfmt_utf8_next(s, len, &p2);
        if (is_align(c1)) {
            spec->fill = c0;
            spec->align = (char)c1;
            fill_given = align_given = true;
            *pos = p2;
        }
    }
    if (!align_given && is_align(c0)) {
        spec->align = (char)c0;
        align_given = true;
        *pos = p1;
    }
    if (*pos < len && (s[*pos] == '+' || s[*pos] == '-' || s[*pos] == ' '))
        spec->sign = s[(*pos)++];
    if (*pos < len && s[*pos] == 'z') spec->no_neg_zero = true, (*pos)++;
    if (*pos < len && s[*pos] == '#') spec->alternate = true, (*pos)++;
    if (!fill_given && *pos < len && s[*pos] == '0') {
        spec->fill = '0';
        if (!align_given && spec->align == '>') spec->align = '=';
        (*pos)++;
    }
}

bool numfmt_spec_parse(NumfmtSpec *spec, const char *s, size_t len, NumfmtError *err) {
    size_t pos = 0;
    spec->text = s;
    spec->text_len = len;
    if (len == 0) return true;
    parse_flags(spec, s, len, &pos);
    int64_t n = parse_count(s, len, &pos, &spec->width, err);
    if (n < 0) return false;
    if (n == 0) spec->width = -1;
    if (!parse_separator(s, len, &pos, &spec->grouping, err)) return false;
    if (pos < len && s[pos] == '.' && !parse_precision(spec, s, len, &pos, err)) return false;
    if (pos < len) {
        size_t p = pos;
        uint32_t type = numfmt_utf8_next(s, len, &p);
        if (p < len) {
            numfmt_fail(err, NUMFMT_VALUE_ERROR, "Invalid format specifier '");
            err->arg = s;
            err->arg_len = len;
            memcpy(err->tail, "' for object of type '", 23);
            size_t tn = strnlen(spec->type_name, 200);
            if (tn > sizeof err->tail - 24) tn = sizeof err->tail - 24;
            memcpy(err->tail + 22, spec->type_name, tn);
            memcpy(err->tail + 22 + tn, "'", 2);
            return false;
        }
        spec->type = type;
    }
    return check_separators(spec, err);
}

// A number already rendered as text at out->data[start..start + n): where its parts are.
typedef struct Rendered {
    size_t n;                 // bytes rendered
    char sign;                // '-' taken from the value, or 0
    const char *prefix;       // "0x", "0o", "0b" or ""
    size_t digits, n_digits;  // integer digits (offsets from start)
    bool has_point;
    size_t frac, n_frac;  // digits right after the point
    size_t rest, n_rest;  // what follows: exponent, '%', "inf", the 'c' character
    size_t rest_chars;    // code points in rest
    char sep, frac_sep;   // separators, or 0
    int group;            // digits per group of the integer part
    bool upper;           // 'X': digits and prefix in upper case
} Rendered;

// Sizes of the parts of the laid-out number, in code points (all but padding are ASCII).
typedef struct Widths {
    int64_t lpad, spad, rpad;
    int64_t min_width;  // digits grow to this with zeros ('0' fill with '=')
    size_t n_sign, n_prefix, n_grouped, n_frac_grouped;
    char sign;
} Widths;

static int64_t max64(int64_t a, int64_t b) {
    return a > b ? a : b;
}

static int64_t min64(int64_t a, int64_t b) {
    return a < b ? a : b;
}

// CPython's _PyUnicode_InsertThousandsGrouping: groups digits[0..n) from the right, padding
// with zeros (separated too) up to min_width. Counts when end is NULL; else writes the result
// so that it ends at end.
static size_t group_digits(char *end, const char *digits, size_t n, int64_t min_width, char sep,
                           int group) {
    int64_t remaining = (int64_t)n, count = 0;
    const char *dp = digits + n;
    bool use_sep = false;
    if (min_width < 0) min_width = 0;
    for (;;) {
        int64_t l = max64(max64(remaining, min_width), 1);
        if (sep) l = min64(group, l);
        int64_t zeros = max64(0, l - remaining), chars = max64(0, min64(remaining, l));
        count += use_sep + zeros + chars;
        if (end) {
            if (use_sep) *--end = sep;
            end -= chars;
            dp -= chars;
            memcpy(end, dp, (size_t)chars);
            end -= zeros;
            memset(end, '0', (size_t)zeros);
        }
        if (!sep) break;
        use_sep = true;
        remaining -= chars;
        min_width -= l;
        if (remaining <= 0 && min_width <= 0) break;
        min_width -= 1;
    }
    return (size_t)count;
}

// Fraction digits grouped by three from the point: "234_568".
static size_t frac_grouped_len(size_t n, char sep) {
    return sep && n > 0 ? n + (n - 1) / 3 : n;
}

static void calc_widths(const Rendered *r, const char *text, const NumfmtSpec *spec, Widths *w) {
    memset(w, 0, sizeof *w);
    if (spec->sign == '+' || spec->sign == ' ') {
        w->n_sign = 1;
        w->sign = r->sign == '-' ? '-' : spec->sign;
    } else if (r->sign == '-') {
        w->n_sign = 1;
        w->sign = '-';
    }
    w->n_prefix = strlen(r->prefix);
    w->n_frac_grouped = frac_grouped_len(r->n_frac, r->frac_sep);
    int64_t others =
        (int64_t)(w->n_sign + w->n_prefix + r->has_point + w->n_frac_grouped + r->rest_chars);
    w->min_width = spec->fill == '0' && spec->align == '=' ? spec->width - others : 0;
    if (r->n_digits) {
        w->n_grouped =
            group_digits(NULL, text + r->digits, r->n_digits, w->min_width, r->sep, r->group);
    }
    int64_t padding = spec->width - (others + (int64_t)w->n_grouped);
    if (padding <= 0) return;
    switch (spec->align) {
    case '<':
        w->rpad = padding;
        break;
    case '^':
        w->lpad = padding / 2;
        w->rpad = padding - w->lpad;
        break;
    case '=':
        w->spad = padding;
        break;
    default:
        w->lpad = padding;
        break;
    }
}

static void put_fill(NumBuf *out, const char *enc, size_t enc_len, int64_t count) {
    for (int64_t i = 0; i < count; i++) numbuf_put_n(out, enc, enc_len);
}

static void put_upper(NumBuf *out, size_t from) {
    for (size_t i = from; i < out->len; i++) {
        char c = out->data[i];
        if (c >= 'a' && c <= 'z') out->data[i] = (char)(c - ('a' - 'A'));
    }
}

// Fraction digits with a separator after every third.
static void put_frac(NumBuf *out, const char *frac, size_t n, char sep) {
    for (size_t i = 0; i < n; i++) {
        if (sep && i > 0 && i % 3 == 0) numbuf_put(out, sep);
        numbuf_put(out, frac[i]);
    }
}

// Replaces the rendered text at out->data[start..] with its laid-out form.
static bool layout_number(NumBuf *out, size_t start, const Rendered *r, const NumfmtSpec *spec,
                          NumfmtError *err) {
    // guard: the result is at least width long, so a width past the memory limit fails here,
    // before grouping spends time proportional to it
    if (spec->width > 0 && !numbuf_reserve(out, (size_t)spec->width, err)) return false;
    Widths w;
    calc_widths(r, out->data + start, spec, &w);
    char enc[4];
    size_t enc_len = str_char_encode(spec->fill, enc);
    size_t pads = (size_t)(w.lpad + w.spad + w.rpad), total;
    size_t body = w.n_sign + w.n_prefix + w.n_grouped + r->has_point + w.n_frac_grouped + r->n_rest;
    if (__builtin_mul_overflow(pads, enc_len, &total) ||
        __builtin_add_overflow(total, body, &total)) {
        return numfmt_fail(err, NUMFMT_MEMORY_ERROR, "out of memory");
    }
    // build after the rendered text, then move down over it
    if (!numbuf_reserve(out, total, err)) return false;
    const char *text = out->data + start;
    size_t built = out->len;
    put_fill(out, enc, enc_len, w.lpad);
    if (w.n_sign) numbuf_put(out, w.sign);
    numbuf_put_n(out, r->prefix, w.n_prefix);
    if (r->upper) put_upper(out, out->len - w.n_prefix);
    put_fill(out, enc, enc_len, w.spad);
    if (r->n_digits) {
        group_digits(out->data + out->len + w.n_grouped, text + r->digits, r->n_digits, w.min_width,
                     r->sep, r->group);
        out->len += w.n_grouped;
        if (r->upper) put_upper(out, out->len - w.n_grouped);
    }
    if (r->has_point) numbuf_put(out, '.');
    put_frac(out, text + r->frac, r->n_frac, r->frac_sep);
    numbuf_put_n(out, text + r->rest, r->n_rest);
    put_fill(out, enc, enc_len, w.rpad);
    if (total) memmove(out->data + start, out->data + built, total);
    out->len = start + total;
    return true;
}

// Splits rendered float text "-123.456e+07" into sign, digits, point, fraction and the rest.
static void split_float_text(const char *text, size_t n, Rendered *r) {
    size_t i = 0;
    if (n > 0 && text[0] == '-') r->sign = '-', i = 1;
    r->digits = i;
    while (i < n && text[i] >= '0' && text[i] <= '9') i++;
    r->n_digits = i - r->digits;
    r->has_point = i < n && text[i] == '.';
    if (r->has_point) i++;
    r->frac = i;
    if (r->has_point) {
        while (i < n && text[i] >= '0' && text[i] <= '9') i++;
    }
    r->n_frac = i - r->frac;
    r->rest = i;
    r->n_rest = r->rest_chars = n - i;
}

// format_float_internal: a float, or an int converted for e/f/g/%.
static bool format_float_body(NumBuf *out, double x, const NumfmtSpec *spec, NumfmtError *err) {
    if (spec->precision > INT_MAX) {
        return numfmt_fail(err, NUMFMT_VALUE_ERROR, "precision too big");
    }
    NumfmtFloatStyle st = {.alternate = spec->alternate, .no_neg_zero = spec->no_neg_zero};
    int64_t precision = spec->precision, default_precision = 6;
    char type = (char)spec->type;
    if (type == 0) {
        // no type: repr, or 'g' keeping a digit after the point when a precision is given
        st.add_dot_0 = true;
        type = 'r';
        default_precision = 0;
    }
    if (type == 'n') type = 'g';
    bool percent = type == '%';
    if (percent) {
        type = 'f';
        x *= 100;
    }
    if (precision < 0) {
        precision = default_precision;
    } else if (type == 'r') {
        type = 'g';
    }
    st.type = type;
    st.precision = precision;
    size_t start = out->len;
    if (!numfmt_float_format(out, x, &st, err)) return false;
    if (percent && !numbuf_append(out, "%", 1, err)) return false;
    if (spec->sign != '+' && spec->sign != ' ' && spec->width == -1 && spec->type != 'n' &&
        !spec->grouping && !spec->frac_grouping) {
        return true;
    }
    Rendered r = {.prefix = "", .group = 3};
    split_float_text(out->data + start, out->len - start, &r);
    if (spec->type != 'n') {
        r.sep = spec->grouping;
        r.frac_sep = spec->frac_grouping;
    }
    return layout_number(out, start, &r, spec, err);
}

bool numfmt_format_float(NumBuf *out, double x, const NumfmtSpec *spec, NumfmtError *err) {
    switch (spec->type) {
    case 0:
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n':
    case '%':
        return format_float_body(out, x, spec, err);
    default:
        return fail_unknown_type(err, spec->type, spec->type_name);
    }
}

// One part of a complex at the end of out, laid out with `sign` and the spec's separators but
// no padding (format_complex_internal's tmp_format).
static bool complex_part(NumBuf *out, double x, const NumfmtFloatStyle *st, const NumfmtSpec *spec,
                         char sign, NumfmtError *err) {
    size_t start = out->len;
    if (!numfmt_float_format(out, x, st, err)) return false;
    NumfmtSpec part = *spec;
    part.fill = ' ';
    part.align = '<';
    part.width = -1;
    part.sign = sign;
    Rendered r = {.prefix = "", .group = 3};
    split_float_text(out->data + start, out->len - start, &r);
    if (spec->type != 'n') {
        r.sep = spec->grouping;
        r.frac_sep = spec->frac_grouping;
    }
    return layout_number(out, start, &r, &part, err);
}

// Pads out->data[start..] (ASCII) to the spec's width.
static bool pad_complex(NumBuf *out, size_t start, const NumfmtSpec *spec, NumfmtError *err) {
    size_t n = out->len - start;
    if (spec->width <= (int64_t)n) return true;
    size_t padding = (size_t)spec->width - n;
    size_t lpad = spec->align == '>' ? padding : spec->align == '^' ? padding / 2 : 0;
    char enc[4];
    size_t enc_len = str_char_encode(spec->fill, enc), total;
    if (__builtin_mul_overflow(padding, enc_len, &total)) {
        return numfmt_fail(err, NUMFMT_MEMORY_ERROR, "out of memory");
    }
    if (!numbuf_reserve(out, total, err)) return false;
    char *body = out->data + start;
    memmove(body + lpad * enc_len, body, n);
    for (size_t i = 0; i < lpad; i++) memcpy(body + i * enc_len, enc, enc_len);
    out->len += lpad * enc_len;
    put_fill(out, enc, enc_len, (int64_t)(padding - lpad));
    return true;
}

// format_complex_internal: no type is like repr ((1+2j), 1j) but with precision 'g'; the
// imaginary part always has a sign unless the real part is left out.
bool numfmt_format_complex(NumBuf *out, double re, double im, const NumfmtSpec *spec,
                           NumfmtError *err) {
    switch (spec->type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': break;
    default: return fail_unknown_type(err, spec->type, spec->type_name);
    }
    if (spec->precision > INT_MAX) return numfmt_fail(err, NUMFMT_VALUE_ERROR, "precision too big");
    if (spec->fill == '0') {
        return numfmt_fail(err, NUMFMT_VALUE_ERROR,
                           "Zero padding is not allowed in complex format specifier");
    }
    if (spec->align == '=') {
        return numfmt_fail(err, NUMFMT_VALUE_ERROR,
                           "'=' alignment flag is not allowed in complex format specifier");
    }
    NumfmtFloatStyle st = {.alternate = spec->alternate, .no_neg_zero = spec->no_neg_zero};
    char type = spec->type == 'n' ? 'g' : (char)spec->type;
    int64_t precision = spec->precision, default_precision = 6;
    bool skip_re = false, parens = false;
    if (type == 0) {
        type = 'r';
        default_precision = 0;
        skip_re = re == 0.0 && !signbit(re);
        parens = !skip_re;
    }
    if (precision < 0) precision = default_precision;
    else if (type == 'r') type = 'g';
    st.type = type;
    st.precision = precision;
    // guard: the result is at least width long; refused here when that cannot fit
    if (spec->width > 0 && !numbuf_reserve(out, (size_t)spec->width, err)) return false;
    size_t start = out->len;
    if (parens && !numbuf_append(out, "(", 1, err)) return false;
    if (!skip_re && !complex_part(out, re, &st, spec, spec->sign, err)) return false;
    if (!complex_part(out, im, &st, spec, skip_re ? spec->sign : '+', err)) return false;
    if (!numbuf_append(out, parens ? "j)" : "j", parens ? 2 : 1, err)) return false;
    return pad_complex(out, start, spec, err);
}

// The 'c' type: the code point v as the "rest" of a number without digits.
static bool render_char(NumBuf *out, NumfmtInt v, const NumfmtSpec *spec, Rendered *r,
                        NumfmtError *err) {
    if (spec->sign) {
        return numfmt_fail(err, NUMFMT_VALUE_ERROR,
                           "Sign not allowed with integer format specifier 'c'");
    }
    if (spec->alternate) {
        return numfmt_fail(err, NUMFMT_VALUE_ERROR,
                           "Alternate form (#) not allowed with integer format specifier 'c'");
    }
    if (v.big && !mpz_fits_slong_p(v.big)) {
        return numfmt_fail(err, NUMFMT_OVERFLOW_ERROR, "Python int too large to convert to C long");
    }
    int64_t c = v.big ? (int64_t)mpz_get_si(v.big) : v.small;
    if (c < 0 || c > 0x10FFFF) {
        return numfmt_fail(err, NUMFMT_OVERFLOW_ERROR, "%%c arg not in range(0x110000)");
    }
    char enc[4];
    r->n_rest = str_char_encode((uint32_t)c, enc);
    r->rest_chars = 1;
    return numbuf_append(out, enc, r->n_rest, err);
}

// format_long_internal: b c d n o x X.
static bool format_int_body(NumBuf *out, NumfmtInt v, const NumfmtSpec *spec, NumfmtError *err) {
    if (spec->precision != -1) {
        return numfmt_fail(err, NUMFMT_VALUE_ERROR,
                           "Precision not allowed in integer format specifier");
    }
    if (spec->no_neg_zero) {
        return numfmt_fail(err, NUMFMT_VALUE_ERROR,
                           "Negative zero coercion (z) not allowed in integer format specifier");
    }
    size_t start = out->len;
    Rendered r = {.prefix = "", .group = 3};
    if (spec->type == 'c') {
        if (!render_char(out, v, spec, &r, err)) return false;
        return layout_number(out, start, &r, spec, err);
    }
    int base = spec->type == 'b' ? 2 : spec->type == 'o' ? 8 : spec->type == 'x' ? 16 : 10;
    if (spec->type == 'X') base = 16;
    if (base == 10 && !numfmt_int_check_str_digits(v, spec->max_str_digits, err)) return false;
    if (!numfmt_int_put_abs(out, v, base, err)) return false;
    r.n_digits = r.n = out->len - start;
    r.sign = numfmt_int_sign(v) < 0 ? '-' : 0;
    if (spec->alternate && base != 10) r.prefix = base == 2 ? "0b" : base == 8 ? "0o" : "0x";
    if (spec->type != 'n') r.sep = spec->grouping;
    r.group = r.sep == '_' && base != 10 ? 4 : 3;
    r.upper = spec->type == 'X';
    return layout_number(out, start, &r, spec, err);
}

bool numfmt_format_int(NumBuf *out, NumfmtInt v, const NumfmtSpec *spec, NumfmtError *err) {
    switch (spec->type) {
    case 'b':
    case 'c':
    case 'd':
    case 'o':
    case 'x':
    case 'X':
    case 'n':
        return format_int_body(out, v, spec, err);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%': {
        double x;
        if (!numfmt_int_to_double(v, &x, err)) return false;
        return format_float_body(out, x, spec, err);
    }
    default:
        return fail_unknown_type(err, spec->type, spec->type_name);
    }
}

// The checks format_string_internal makes before padding.
static bool check_str_spec(const NumfmtSpec *spec, NumfmtError *err) {
    if (spec->sign == ' ') {
        return numfmt_fail(err, NUMFMT_VALUE_ERROR, "Space not allowed in string format specifier");
    }
    if (spec->sign) {
        return numfmt_fail(err, NUMFMT_VALUE_ERROR, "Sign not allowed in string format specifier");
    }
    if (spec->no_neg_zero) {
        return numfmt_fail(err, NUMFMT_VALUE_ERROR,
                           "Negative zero coercion (z) not allowed in string format specifier");
    }
    if (spec->alternate) {
        return numfmt_fail(err, NUMFMT_VALUE_ERROR,
                           "Alternate form (#) not allowed in string format specifier");
    }
    if (spec->align == '=') {
        return numfmt_fail(err, NUMFMT_VALUE_ERROR,
                           "'=' alignment not allowed in string format specifier");
    }
    return true;
}

// Byte length of the first `chars` code points of valid UTF-8 s[0..len).
static size_t utf8_prefix(const char *s, size_t len, int64_t chars) {
    size_t i = 0;
    for (int64_t k = 0; k < chars && i < len; k++) numfmt_utf8_next(s, len, &i);
    return i;
}

bool numfmt_format_str(NumBuf *out, const char *s, size_t len, const NumfmtSpec *spec,
                       NumfmtError *err) {
    if (spec->type != 's') return fail_unknown_type(err, spec->type, spec->type_name);
    if (!check_str_spec(spec, err)) return false;
    int64_t chars = (int64_t)numfmt_utf8_count(s, len);
    if (spec->precision >= 0 && chars >= spec->precision) {
        len = utf8_prefix(s, len, spec->precision);
        chars = spec->precision;
    }
    int64_t total = spec->width > chars ? spec->width : chars, lpad = 0;
    if (spec->align == '>') lpad = total - chars;
    if (spec->align == '^') lpad = (total - chars) / 2;
    if (!numbuf_append_repeat(out, spec->fill, (size_t)lpad, err)) return false;
    if (!numbuf_append(out, s, len, err)) return false;
    return numbuf_append_repeat(out, spec->fill, (size_t)(total - chars - lpad), err);
}
