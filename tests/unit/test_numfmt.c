// numfmt: float repr and parsing, format specs, %-conversions, round, hex, int text. Every
// expectation was confirmed with CPython 3.14 (tests/numfmt/compare.py checks millions more).
#include <gmp.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "suites.h"
#include "interp/numfmt.h"
#include "interp/numfmt_digits.h"
#include "interp/numfmt_hex.h"
#include "interp/numfmt_int.h"
#include "interp/numfmt_parse.h"
#include "interp/numfmt_percent.h"
#include "interp/numfmt_repr.h"
#include "interp/numfmt_spec.h"

// A growable buffer refusing to pass `limit` bytes, as a run's memory limit would.
static NumBuf buf;
static size_t limit;

static bool test_grow(NumBuf *b, size_t need) {
    if (need > limit) return false;
    char *p = realloc(b->data, need);
    if (!p) return false;
    b->data = p;
    b->cap = need;
    return true;
}

static void setup(void) {
    memset(&buf, 0, sizeof buf);
    buf.grow = test_grow;
    limit = 1 << 20;
}

static void teardown(void) {
    free(buf.data);
}

// The buffer's text, or "!! " and the error's message.
static const char *result(bool ok, const NumfmtError *err) {
    static char text[4096];
    if (ok) {
        memcpy(text, buf.data, buf.len);
        text[buf.len] = '\0';
        return text;
    }
    NumBuf m;
    NumfmtError e2;
    numbuf_init_fixed(&m, text, sizeof text - 1);
    ck_assert(numbuf_append(&m, "!! ", 3, &e2) && numfmt_error_text(err, &m, &e2));
    text[m.len] = '\0';
    return text;
}

static const struct {
    double x;
    const char *repr;
} repr_cases[] = {
    {0.1, "0.1"},
    {1e16, "1e+16"},
    {1e-5, "1e-05"},
    {0.0001, "0.0001"},
    {1234567890123456.0, "1234567890123456.0"},
    {1.2345678901234568e16, "1.2345678901234568e+16"},
    {INFINITY, "inf"},
    {-INFINITY, "-inf"},
    {NAN, "nan"},
    {-0.0, "-0.0"},
    {0.0, "0.0"},
    {5e-324, "5e-324"},
    {1e-323, "1e-323"},
    {1.7976931348623157e308, "1.7976931348623157e+308"},
    {2.2250738585072014e-308, "2.2250738585072014e-308"},
    {100.0, "100.0"},
    {1e22, "1e+22"},
    {9007199254740993.0, "9007199254740992.0"},
    {123.456, "123.456"},
    {-1.5, "-1.5"},
    {1952767171377460.25, "1952767171377460.2"},
    {4.5429971300052157e+18, "4.5429971300052157e+18"},
};

START_TEST(test_numfmt_repr_is_shortest_round_trip) {
    char out[NUMFMT_REPR_MAX];
    size_t n = numfmt_float_repr(repr_cases[_i].x, out);
    ck_assert_str_eq(out, repr_cases[_i].repr);
    ck_assert_uint_eq(n, strlen(repr_cases[_i].repr));
}
END_TEST

static const struct {
    const char *text;
    bool ok;
    double x;
} parse_cases[] = {
    {"1_000.5e-3", true, 1.0005},
    {"1_0.5_5e1_0", true, 105500000000.0},
    {"-iNfInItY", true, -INFINITY},
    {"+nan", true, NAN},
    {"0.1", true, 0.1},
    {".5", true, 0.5},
    {"5.", true, 5.0},
    {"1e400", true, INFINITY},
    {"-1e-400", true, -0.0},
    {"2.4703282292062328e-324", true, 5e-324},
    {"2.4703282292062327e-324", true, 0.0},
    {"1__0", false, 0},
    {"_1", false, 0},
    {"1_.5", false, 0},
    {"1._5", false, 0},
    {"1e", false, 0},
    {"1e_5", false, 0},
    {".", false, 0},
    {"nan(1)", false, 0},
    {"infinit", false, 0},
    {"", false, 0},
    {"- 1", false, 0},
    {"9007199254740993", true, 9007199254740992.0},
    {"9007199254740993.000000000000000000001", true, 9007199254740994.0},
};

START_TEST(test_numfmt_parse_rounds_correctly) {
    double x = 12345;
    bool ok = numfmt_float_parse(parse_cases[_i].text, strlen(parse_cases[_i].text), &x);
    ck_assert_int_eq(ok, parse_cases[_i].ok);
    if (!ok) return;
    if (isnan(parse_cases[_i].x)) {
        ck_assert(isnan(x));
    } else {
        ck_assert(memcmp(&x, &parse_cases[_i].x, sizeof x) == 0);
    }
}
END_TEST

START_TEST(test_numfmt_literal_rejects_sign_and_words) {
    double x;
    ck_assert(numfmt_float_parse_literal("1_000.5e-3", 10, &x) && x == 1.0005);
    ck_assert(!numfmt_float_parse_literal("-1.5", 4, &x));
    ck_assert(!numfmt_float_parse_literal("inf", 3, &x));
}
END_TEST

static const struct {
    double x;
    const char *spec, *want;
} float_cases[] = {
    {1234.56789, ",.5_f", "1,234.567_89"},
    {12345.6789, ".6_e", "1.234_568e+04"},
    {0.5, ".10_%", "50.000_000_000_0%"},
    {1.23456789, ".,", "1.234,567,89"},
    {1.5, "015_.5_f", "0_000_001.500_00"},
    {-1234.5, "020,.6_e", "-000,001.234_500e+03"},
    {1e16, "", "1e+16"},
    {1.0, ".3", "1.0"},
    {123.456, ".2", "1.2e+02"},
    {1.5, ".0", "2e+00"},
    {-0.0, "z", "0.0"},
    {-0.0001, "z.2f", "0.00"},
    {-0.0001, "z.2e", "-1.00e-04"},
    {INFINITY, "010", "0000000inf"},
    {NAN, "+010", "+000000nan"},
    {-INFINITY, "010,.2f", "-000000inf"},
    {0.125, ".2f", "0.12"},
    {2.5, ".0f", "2"},
    {1.5, "#.0f", "2."},
    {1.5, "#.0e", "2.e+00"},
    {1.5, "=+10", "+      1.5"},
    {1.5, "x<+10", "+1.5xxxxxx"},
    {1.5, "ы<5", "1.5ыы"},
    {1.5, "ы<+#012,.3_%", "+150.000%ыыы"},
    {12345678.0, "020,", "00,000,012,345,678.0"},
    {1234567.5, "n", "1.23457e+06"},
    {-1.5, "010.3n", "-0000001.5"},
    {0.0, "g", "0"},
    {-0.0, "#g", "-0.00000"},
    {1e22, ".23", "1e+22"},
    {123456.0, ".7", "123456.0"},
    {1.5, "xx", "!! Invalid format specifier 'xx' for object of type 'float'"},
    {1.5, "d", "!! Unknown format code 'd' for object of type 'float'"},
    {1.5, "\x01", "!! Unknown format code '\\x1' for object of type 'float'"},
    {1.5, "ы", "!! Unknown format code '\\x44b' for object of type 'float'"},
    {1.5, ".", "!! Format specifier missing precision"},
    {1.5, ",_f", "!! Cannot specify both ',' and '_'."},
    {1.5, ".3_,f", "!! Cannot specify both ',' and '_'."},
    {1.5, "._n", "!! Cannot specify '_' with 'n'."},
    {1.5, ".2147483648f", "!! precision too big"},
    {1.5, ".9223372036854775808f", "!! Too many decimal digits in format string"},
};

START_TEST(test_numfmt_format_float_matches_cpython) {
    NumfmtSpec spec;
    NumfmtError err;
    numfmt_spec_init(&spec, NUMFMT_KIND_FLOAT, "float");
    const char *s = float_cases[_i].spec;
    bool ok = numfmt_spec_parse(&spec, s, strlen(s), &err) &&
              numfmt_format_float(&buf, float_cases[_i].x, &spec, &err);
    if (!*s && ok) {
        char r[NUMFMT_REPR_MAX];
        numfmt_float_repr(float_cases[_i].x, r);
        ck_assert_str_eq(r, float_cases[_i].want);
        return;
    }
    ck_assert_str_eq(result(ok, &err), float_cases[_i].want);
}
END_TEST

static const struct {
    const char *value, *spec, *want;
} int_cases[] = {
    {"1234", "09,", "0,001,234"},
    {"1234", "0<9,", "1,2340000"},
    {"-255", "#010_x", "-0x00_00ff"},
    {"255", "#X", "0XFF"},
    {"255", "a=#10X", "0XaaaaaaFF"},
    {"65", "05c", "0000A"},
    {"128512", "c", "😀"},
    {"123456789", "_b", "111_0101_1011_1100_1101_0001_0101"},
    {"18446744073709551616", "_o", "20_0000_0000_0000_0000_0000"},
    {"-1234567", "020,", "-000,000,001,234,567"},
    {"-1234567", "^20,", "     -1,234,567     "},
    {"12", "^#8b", " 0b1100 "},
    {"123", "._d", "123"},
    {"5", "._%", "500.000_000%"},
    {"1000000000000000000000000000000", "f", "1000000000000000019884624838656.000000"},
    {"-1180591620717411303424", "g", "-1.18059e+21"},
    {"1", "#d", "1"},
    {"1234567", "n", "1234567"},
    {"1", ".2d", "!! Precision not allowed in integer format specifier"},
    {"1", "z", "!! Negative zero coercion (z) not allowed in integer format specifier"},
    {"1", "#c", "!! Alternate form (#) not allowed with integer format specifier 'c'"},
    {"1", "+c", "!! Sign not allowed with integer format specifier 'c'"},
    {"1114112", "c", "!! %c arg not in range(0x110000)"},
    {"-1", "c", "!! %c arg not in range(0x110000)"},
    {"1", ",x", "!! Cannot specify ',' with 'x'."},
    {"1", "_n", "!! Cannot specify '_' with 'n'."},
    {"1", "s", "!! Unknown format code 's' for object of type 'int'"},
    {"5", ".1_x", "!! Precision not allowed in integer format specifier"},
};

// Formats int_cases[i] as an int64_t and, forced, as a GMP integer: both must agree.
static void check_int_case(int i, bool big) {
    mpz_t z;
    mpz_init_set_str(z, int_cases[i].value, 10);
    NumfmtInt v =
        (!big && mpz_fits_slong_p(z)) ? numfmt_int_small(mpz_get_si(z)) : numfmt_int_big(z);
    NumfmtSpec spec;
    NumfmtError err;
    numfmt_spec_init(&spec, NUMFMT_KIND_INT, "int");
    buf.len = 0;
    bool ok = numfmt_spec_parse(&spec, int_cases[i].spec, strlen(int_cases[i].spec), &err) &&
              numfmt_format_int(&buf, v, &spec, &err);
    ck_assert_str_eq(result(ok, &err), int_cases[i].want);
    mpz_clear(z);
}

START_TEST(test_numfmt_format_int_matches_cpython) {
    check_int_case(_i, false);
    check_int_case(_i, true);
}
END_TEST

static const struct {
    const char *text, *spec, *want;
} str_cases[] = {
    {"ab", "05", "ab000"},
    {"abc", ".1,", "a"},
    {"abc", "._", "abc"},
    {"ыé", "*^6", "**ыé**"},
    {"ыéz", ".2", "ыé"},
    {"ab", ">4.1", "   a"},
    {"ab", "=5", "!! '=' alignment not allowed in string format specifier"},
    {"ab", "+5", "!! Sign not allowed in string format specifier"},
    {"ab", " 5", "!! Space not allowed in string format specifier"},
    {"ab", "z5", "!! Negative zero coercion (z) not allowed in string format specifier"},
    {"ab", "#5", "!! Alternate form (#) not allowed in string format specifier"},
    {"ab", "+d", "!! Unknown format code 'd' for object of type 'str'"},
    {"ab", ",", "!! Cannot specify ',' with 's'."},
};

START_TEST(test_numfmt_format_str_counts_code_points) {
    NumfmtSpec spec;
    NumfmtError err;
    numfmt_spec_init(&spec, NUMFMT_KIND_STR, "str");
    const char *t = str_cases[_i].text, *s = str_cases[_i].spec;
    bool ok = numfmt_spec_parse(&spec, s, strlen(s), &err) &&
              numfmt_format_str(&buf, t, strlen(t), &spec, &err);
    ck_assert_str_eq(result(ok, &err), str_cases[_i].want);
}
END_TEST

static const struct {
    const char *conv;  // flags, width, precision, conversion
    double x;          // for e E f F g G
    int64_t n;         // for the others
    const char *want;
} percent_cases[] = {
    {"05f", INFINITY, 0, "00inf"},
    {"-05d", 0, -3, "-3   "},
    {"05c", 0, 65, "    A"},
    {"#x", 0, 255, "0xff"},
    {"#X", 0, 255, "0XFF"},
    {"#o", 0, 8, "0o10"},
    {"+.3d", 0, 5, "+005"},
    {"x", 0, -255, "-ff"},
    {"#.5x", 0, -255, "-0x000ff"},
    {"#08x", 0, -255, "-0x000ff"},
    {" d", 0, 5, " 5"},
    {".0g", 0.5, 0, "0.5"},
    {"#g", 1.0, 0, "1.00000"},
    {"#.3g", 1.0, 0, "1.00"},
    {"010.2f", -1.5, 0, "-000001.50"},
    {"+010.2e", 1.5, 0, "+01.50e+00"},
    {"F", -NAN, 0, "NAN"},
    {"-10c", 0, 'x', "x         "},
    {"c", 0, 0x110000, "!! %c arg not in range(0x110000)"},
    {"c", 0, -1, "!! %c arg not in range(0x110000)"},
    {"5u", 0, 42, "   42"},
};

// Parses "[flags][width][.precision]conv".
static void parse_conv(const char *s, NumfmtPercent *f) {
    numfmt_percent_init(f, 0);
    for (; strchr("-0+ #", *s) && *s; s++) {
        f->left |= *s == '-';
        f->zero |= *s == '0';
        f->plus |= *s == '+';
        f->space |= *s == ' ';
        f->alternate |= *s == '#';
    }
    if (*s >= '0' && *s <= '9') f->width = strtol(s, (char **)&s, 10);
    if (*s == '.') f->precision = strtol(s + 1, (char **)&s, 10);
    f->conv = *s;
}

START_TEST(test_numfmt_percent_matches_cpython) {
    NumfmtPercent f;
    NumfmtError err;
    parse_conv(percent_cases[_i].conv, &f);
    NumfmtInt v = numfmt_int_small(percent_cases[_i].n);
    bool ok;
    if (strchr("eEfFgG", f.conv)) {
        ok = numfmt_percent_float(&buf, percent_cases[_i].x, &f, &err);
    } else if (f.conv == 'c') {
        ok = numfmt_percent_char(&buf, v, &f, &err);
    } else {
        ok = numfmt_percent_int(&buf, v, &f, &err);
    }
    ck_assert_str_eq(result(ok, &err), percent_cases[_i].want);
}
END_TEST

START_TEST(test_numfmt_percent_text_truncates_and_pads) {
    NumfmtPercent f;
    NumfmtError err;
    parse_conv("10.3s", &f);
    ck_assert_str_eq(result(numfmt_percent_text(&buf, "abcdef", 6, &f, &err), &err), "       abc");
}
END_TEST

static const struct {
    double x;
    int64_t nd;
    double want;
} round_cases[] = {
    {2.675, 2, 2.67},      {-0.4, 0, -0.0},         {1234.5, -2, 1200.0}, {5e-324, 323, 0.0},
    {5e-324, 324, 5e-324}, {0.5, 0, 0.0},           {1.5, 0, 2.0},        {2.5, 0, 2.0},
    {1e300, -400, 0.0},    {123.456, 400, 123.456}, {0.125, 2, 0.12},     {0.375, 2, 0.38},
};

START_TEST(test_numfmt_round_is_correctly_rounded) {
    double r;
    NumfmtError err;
    ck_assert(numfmt_float_round(round_cases[_i].x, round_cases[_i].nd, &r, &err));
    ck_assert(memcmp(&r, &round_cases[_i].want, sizeof r) == 0);
}
END_TEST

START_TEST(test_numfmt_round_errors) {
    double r;
    NumfmtError err;
    ck_assert(!numfmt_float_round(1.7976931348623157e308, -308, &r, &err));
    ck_assert_str_eq(result(false, &err), "!! rounded value too large to represent");
    ck_assert(numfmt_float_round_int(0.5, &r, &err) && r == 0);
    ck_assert(numfmt_float_round_int(1.5, &r, &err) && r == 2);
    ck_assert(numfmt_float_round_int(-2.5, &r, &err) && r == -2);
    ck_assert(numfmt_float_round_int(-2.6, &r, &err) && r == -3);
    ck_assert(!numfmt_float_round_int(INFINITY, &r, &err) && err.status == NUMFMT_OVERFLOW_ERROR);
    ck_assert_str_eq(result(false, &err), "!! cannot convert float infinity to integer");
    ck_assert(!numfmt_float_round_int(NAN, &r, &err) && err.status == NUMFMT_VALUE_ERROR);
}
END_TEST

static const struct {
    const char *text;
    const char *want;  // repr of the result, or the error
} fromhex_cases[] = {
    {"0x1.fffffffffffff8p+1023", "!! hexadecimal value too large to represent as a float"},
    {"0x1p-1075", "0.0"},
    {"0x1.8p-1074", "1e-323"},
    {" -0X1.8P+1 ", "-3.0"},
    {"0x.8", "0.5"},
    {"0x", "!! invalid hexadecimal floating-point string"},
    {"inf", "inf"},
    {"-nan", "nan"},
    {"infx", "!! invalid hexadecimal floating-point string"},
    {"0x1.00000000000008p0", "1.0"},
    {"0x1.000000000000081p0", "1.0000000000000002"},
    {"0x0p99999999999999999999", "0.0"},
    {"0x1p99999999999999999999", "!! hexadecimal value too large to represent as a float"},
};

START_TEST(test_numfmt_fromhex_rounds_half_even) {
    double x;
    NumfmtError err;
    const char *t = fromhex_cases[_i].text;
    bool ok = numfmt_float_fromhex(t, strlen(t), &x, &err);
    if (ok) {
        char r[NUMFMT_REPR_MAX];
        numfmt_float_repr(x, r);
        ck_assert_str_eq(r, fromhex_cases[_i].want);
    } else {
        ck_assert_str_eq(result(false, &err), fromhex_cases[_i].want);
    }
}
END_TEST

START_TEST(test_numfmt_hex_and_ratio) {
    char out[NUMFMT_HEX_MAX];
    numfmt_float_hex(1.0, out);
    ck_assert_str_eq(out, "0x1.0000000000000p+0");
    numfmt_float_hex(5e-324, out);
    ck_assert_str_eq(out, "0x0.0000000000001p-1022");
    numfmt_float_hex(-0.0, out);
    ck_assert_str_eq(out, "-0x0.0p+0");
    numfmt_float_hex(-INFINITY, out);
    ck_assert_str_eq(out, "-inf");
    mpz_t num, den;
    mpz_inits(num, den, NULL);
    NumfmtError err;
    ck_assert(numfmt_float_as_integer_ratio(-0.75, num, den, &err));
    ck_assert(mpz_cmp_si(num, -3) == 0 && mpz_cmp_si(den, 4) == 0);
    ck_assert(!numfmt_float_as_integer_ratio(INFINITY, num, den, &err));
    ck_assert_str_eq(result(false, &err), "!! cannot convert Infinity to integer ratio");
    ck_assert(!numfmt_float_as_integer_ratio(NAN, num, den, &err));
    ck_assert_str_eq(result(false, &err), "!! cannot convert NaN to integer ratio");
    mpz_clears(num, den, NULL);
}
END_TEST

START_TEST(test_numfmt_int_text_and_digit_limit) {
    NumfmtError err;
    ck_assert(numfmt_int_to_text(&buf, numfmt_int_small(INT64_MIN), 16, true, 4300, &err));
    ck_assert_str_eq(result(true, &err), "-0x8000000000000000");
    mpz_t z;
    mpz_init(z);
    mpz_ui_pow_ui(z, 10, 4300);
    mpz_sub_ui(z, z, 1);  // 4300 nines: allowed
    ck_assert(numfmt_int_check_str_digits(numfmt_int_big(z), 4300, &err));
    mpz_add_ui(z, z, 1);  // 4301 digits
    ck_assert(!numfmt_int_check_str_digits(numfmt_int_big(z), 4300, &err));
    ck_assert_str_eq(result(false, &err),
                     "!! Exceeds the limit (4300 digits) for integer string conversion; use "
                     "sys.set_int_max_str_digits() to increase the limit");
    ck_assert(numfmt_int_check_str_digits(numfmt_int_big(z), 0, &err));
    numfmt_int_digits_error(&err, 4301, 4300);
    ck_assert_str_eq(result(false, &err),
                     "!! Exceeds the limit (4300 digits) for integer string conversion: value has "
                     "4301 digits; use sys.set_int_max_str_digits() to increase the limit");
    mpz_ui_pow_ui(z, 2, 1024);
    double d;
    ck_assert(!numfmt_int_to_double(numfmt_int_big(z), &d, &err));
    ck_assert_str_eq(result(false, &err), "!! int too large to convert to float");
    mpz_sub_ui(z, z, 1);  // rounds up to 2^1024: overflow too
    ck_assert(!numfmt_int_to_double(numfmt_int_big(z), &d, &err));
    mpz_set_str(z, "9007199254740993", 10);  // 2^53 + 1: ties to even
    ck_assert(numfmt_int_to_double(numfmt_int_big(z), &d, &err) && d == 9007199254740992.0);
    mpz_clear(z);
}
END_TEST

START_TEST(test_numfmt_huge_output_goes_through_grow) {
    NumfmtSpec spec;
    NumfmtError err;
    numfmt_spec_init(&spec, NUMFMT_KIND_FLOAT, "float");
    ck_assert(numfmt_spec_parse(&spec, ".100000f", 8, &err));
    limit = 1000;  // guard: the caller's limit refuses, nothing else allocates the output
    ck_assert(!numfmt_format_float(&buf, 1.0, &spec, &err));
    ck_assert_int_eq(err.status, NUMFMT_MEMORY_ERROR);
    limit = 1 << 20;
    buf.len = 0;
    ck_assert(numfmt_format_float(&buf, 1.0, &spec, &err));
    ck_assert_uint_eq(buf.len, 100002);
    ck_assert(numfmt_spec_parse(&spec, "ы>9999999999", strlen("ы>9999999999"), &err));
    ck_assert(!numfmt_format_float(&buf, 1.0, &spec, &err));
    ck_assert_int_eq(err.status, NUMFMT_MEMORY_ERROR);
    // zero padding with separators would otherwise count ~3e17 groups first
    ck_assert(numfmt_spec_parse(&spec, "0999999999999999999,", 20, &err));
    ck_assert(!numfmt_format_float(&buf, 1.0, &spec, &err));
    ck_assert_int_eq(err.status, NUMFMT_MEMORY_ERROR);
}
END_TEST

START_TEST(test_numfmt_fixed_buffer_refuses_overflow) {
    char small[4];
    NumBuf b;
    NumfmtError err;
    numbuf_init_fixed(&b, small, sizeof small);
    ck_assert(numbuf_append(&b, "abcd", 4, &err));
    ck_assert(!numbuf_append(&b, "e", 1, &err));
    ck_assert_int_eq(err.status, NUMFMT_MEMORY_ERROR);
}
END_TEST

START_TEST(test_numfmt_digits_modes) {
    NumfmtDigits d;
    numfmt_float_digits(0.000123456, NUMFMT_SIGNIFICANT, 3, &d);
    ck_assert_uint_eq(d.len, 3);
    ck_assert(memcmp(d.digits, "123", 3) == 0 && d.decpt == -3);
    numfmt_float_digits(-0.0004, NUMFMT_FIXED, 2, &d);
    ck_assert(d.len == 0 && d.decpt == -2 && d.negative);
    numfmt_float_digits(9.9999, NUMFMT_SIGNIFICANT, 2, &d);
    ck_assert(d.len == 1 && d.digits[0] == '1' && d.decpt == 2);
    numfmt_float_digits(5e-324, NUMFMT_FIXED, 2000, &d);
    ck_assert_uint_eq(d.len, 751);
    ck_assert_int_eq(d.decpt, -323);
}
END_TEST

#define LOOP(tc, fn, table) tcase_add_loop_test(tc, fn, 0, sizeof table / sizeof table[0])

Suite *numfmt_suite(void) {
    Suite *s = suite_create("numfmt");
    TCase *tc = tcase_create("float");
    tcase_add_checked_fixture(tc, setup, teardown);
    LOOP(tc, test_numfmt_repr_is_shortest_round_trip, repr_cases);
    LOOP(tc, test_numfmt_parse_rounds_correctly, parse_cases);
    tcase_add_test(tc, test_numfmt_literal_rejects_sign_and_words);
    LOOP(tc, test_numfmt_round_is_correctly_rounded, round_cases);
    tcase_add_test(tc, test_numfmt_round_errors);
    LOOP(tc, test_numfmt_fromhex_rounds_half_even, fromhex_cases);
    tcase_add_test(tc, test_numfmt_hex_and_ratio);
    tcase_add_test(tc, test_numfmt_digits_modes);
    suite_add_tcase(s, tc);
    tc = tcase_create("format");
    tcase_add_checked_fixture(tc, setup, teardown);
    LOOP(tc, test_numfmt_format_float_matches_cpython, float_cases);
    LOOP(tc, test_numfmt_format_int_matches_cpython, int_cases);
    LOOP(tc, test_numfmt_format_str_counts_code_points, str_cases);
    LOOP(tc, test_numfmt_percent_matches_cpython, percent_cases);
    tcase_add_test(tc, test_numfmt_percent_text_truncates_and_pads);
    tcase_add_test(tc, test_numfmt_int_text_and_digit_limit);
    tcase_add_test(tc, test_numfmt_huge_output_goes_through_grow);
    tcase_add_test(tc, test_numfmt_fixed_buffer_refuses_overflow);
    suite_add_tcase(s, tc);
    return s;
}
