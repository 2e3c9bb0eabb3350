// Character classes and full case mappings of single code points (see obj_str_char.h).
// ASCII answers come from one flag table; the rest from the tables generated from CPython
// 3.14 (obj_str_tables.h: Unicode 16, where Debian's utf8proc knows 15), and utf8proc's
// categories for the classes that have not moved in years (Lt, case-ignorable).
#include "interp/obj_str_char.h"

#include <utf8proc.h>

#include "interp/obj_str_tables.h"

enum {
    A_ALPHA = 1,
    A_DIGIT = 2,
    A_SPACE = 4,
    A_LOWER = 8,
    A_UPPER = 16,
    A_PRINT = 32,
    A_IDSTART = 64,
};

#define L (A_ALPHA | A_LOWER | A_PRINT | A_IDSTART)
#define U (A_ALPHA | A_UPPER | A_PRINT | A_IDSTART)
#define D (A_DIGIT | A_PRINT)
#define P A_PRINT
#define S A_SPACE
static const uint8_t ascii_flags[128] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, S, S, S, S, S, 0, 0,  // \t \n \v \f \r
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, S, S, S, S,  // \x1c-\x1f are whitespace
    S | P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P,
    D, D, D, D, D, D, D, D, D, D, P, P, P, P, P, P,
    P, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U,
    U, U, U, U, U, U, U, U, U, U, U, P, P, P, P, P | A_IDSTART,  // '_'
    P, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L,
    L, L, L, L, L, L, L, L, L, L, L, P, P, P, P, 0,
};
#undef L
#undef U
#undef D
#undef P
#undef S

static bool in_ranges(const StrRange *rs, size_t n, uint32_t cp) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cp < rs[mid].lo) {
            hi = mid;
        } else if (cp > rs[mid].hi) {
            lo = mid + 1;
        } else {
            return true;
        }
    }
    return false;
}
#define IN(table, cp) in_ranges(table, sizeof table / sizeof table[0], cp)

static utf8proc_category_t category(uint32_t cp) {
    return utf8proc_category((utf8proc_int32_t)cp);
}

bool str_char_isalpha(uint32_t cp) {
    if (cp < 128) return ascii_flags[cp] & A_ALPHA;
    return IN(str_alpha_ranges, cp);
}

bool str_char_isdecimal(uint32_t cp) {
    if (cp < 128) return ascii_flags[cp] & A_DIGIT;
    return str_char_decimal(cp) >= 0;
}

bool str_char_isdigit(uint32_t cp) {
    if (cp < 128) return ascii_flags[cp] & A_DIGIT;
    return IN(str_digit_ranges, cp);
}

bool str_char_isnumeric(uint32_t cp) {
    if (cp < 128) return ascii_flags[cp] & A_DIGIT;
    return IN(str_numeric_ranges, cp);
}

bool str_char_isalnum(uint32_t cp) {
    if (cp < 128) return ascii_flags[cp] & (A_ALPHA | A_DIGIT);
    return str_char_isalpha(cp) || str_char_isnumeric(cp);
}

bool str_char_isspace(uint32_t cp) {
    if (cp < 128) return ascii_flags[cp] & A_SPACE;
    switch (cp) {
    case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F:
    case 0x3000:
        return true;
    default:
        return cp >= 0x2000 && cp <= 0x200A;
    }
}

bool str_char_isprintable(uint32_t cp) {
    if (cp < 128) return ascii_flags[cp] & A_PRINT;
    return IN(str_printable_ranges, cp);
}

bool str_char_islower(uint32_t cp) {
    if (cp < 128) return ascii_flags[cp] & A_LOWER;
    return IN(str_lower_ranges, cp);
}

bool str_char_isupper(uint32_t cp) {
    if (cp < 128) return ascii_flags[cp] & A_UPPER;
    return IN(str_upper_ranges, cp);
}

bool str_char_istitle(uint32_t cp) {
    return cp >= 128 && category(cp) == UTF8PROC_CATEGORY_LT;
}

bool str_char_iscased(uint32_t cp) {
    return str_char_islower(cp) || str_char_isupper(cp) || str_char_istitle(cp);
}

// Case_Ignorable: Mn Me Cf Lm Sk, and Word_Break MidLetter, MidNumLet and Single_Quote.
bool str_char_iscase_ignorable(uint32_t cp) {
    switch (cp) {
    case 0x27: case 0x2E: case 0x3A: case 0xB7: case 0x387: case 0x55F: case 0x5F4:
    case 0x2018: case 0x2019: case 0x2024: case 0x2027: case 0xFE13: case 0xFE52: case 0xFE55:
    case 0xFF07: case 0xFF0E: case 0xFF1A:
        return true;
    default:
        break;
    }
    if (cp < 128) return cp == '^' || cp == '`';  // Sk
    switch (category(cp)) {
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_ME: case UTF8PROC_CATEGORY_CF:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_SK:
        return true;
    default:
        return false;
    }
}

bool str_char_isxid_start(uint32_t cp) {
    if (cp < 128) return ascii_flags[cp] & A_IDSTART;
    return IN(str_xid_start_ranges, cp);
}

bool str_char_isxid_continue(uint32_t cp) {
    if (cp < 128) return ascii_flags[cp] & (A_IDSTART | A_DIGIT);
    return IN(str_xid_continue_ranges, cp);
}

int str_char_decimal(uint32_t cp) {
    if (cp < 128) return cp >= '0' && cp <= '9' ? (int)(cp - '0') : -1;
    // every run of decimal digits is exactly ten long, starting at its zero
    size_t lo = 0, hi = sizeof str_decimal_zeros / sizeof str_decimal_zeros[0];
    // the last zero at or below cp starts cp's run of ten
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (str_decimal_zeros[mid] <= cp) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    if (lo == 0 || cp - str_decimal_zeros[lo - 1] > 9) return -1;
    return (int)(cp - str_decimal_zeros[lo - 1]);
}

static uint32_t simple_case(const StrCaseRun *runs, size_t n, uint32_t cp) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cp < runs[mid].lo) {
            hi = mid;
        } else if (cp > runs[mid].hi) {
            lo = mid + 1;
        } else {
            if ((cp - runs[mid].lo) % runs[mid].stride) return cp;
            return (uint32_t)((int32_t)cp + runs[mid].delta);
        }
    }
    return cp;
}
#define SIMPLE(runs, cp) simple_case(runs, sizeof runs / sizeof runs[0], cp)

static const StrSpecialCase *special_case(uint32_t cp) {
    size_t lo = 0, hi = sizeof str_special_cases / sizeof str_special_cases[0];
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (str_special_cases[mid].cp == cp) return &str_special_cases[mid];
        if (str_special_cases[mid].cp < cp) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return NULL;
}

static size_t copy_mapping(const uint32_t m[STR_CHAR_CASE_MAX], uint32_t out[STR_CHAR_CASE_MAX]) {
    size_t n = 0;
    while (n < STR_CHAR_CASE_MAX && (n == 0 || m[n])) {
        out[n] = m[n];
        n++;
    }
    return n;
}

size_t str_char_lower(uint32_t cp, uint32_t out[STR_CHAR_CASE_MAX]) {
    if (cp < 128) {
        out[0] = cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
        return 1;
    }
    const StrSpecialCase *sc = special_case(cp);
    if (sc) return copy_mapping(sc->lower, out);
    out[0] = SIMPLE(str_lower_runs, cp);
    return 1;
}

size_t str_char_upper(uint32_t cp, uint32_t out[STR_CHAR_CASE_MAX]) {
    if (cp < 128) {
        out[0] = cp >= 'a' && cp <= 'z' ? cp - 32 : cp;
        return 1;
    }
    const StrSpecialCase *sc = special_case(cp);
    if (sc) return copy_mapping(sc->upper, out);
    out[0] = SIMPLE(str_upper_runs, cp);
    return 1;
}

size_t str_char_title(uint32_t cp, uint32_t out[STR_CHAR_CASE_MAX]) {
    if (cp < 128) return str_char_upper(cp, out);
    const StrSpecialCase *sc = special_case(cp);
    if (sc) return copy_mapping(sc->title, out);
    out[0] = SIMPLE(str_title_runs, cp);
    return 1;
}

size_t str_char_fold(uint32_t cp, uint32_t out[STR_CHAR_CASE_MAX]) {
    if (cp >= 128) {
        size_t lo = 0, hi = sizeof str_folds / sizeof str_folds[0];
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (str_folds[mid].cp == cp) return copy_mapping(str_folds[mid].fold, out);
            if (str_folds[mid].cp < cp) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
    }
    return str_char_lower(cp, out);
}
