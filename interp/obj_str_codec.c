// The codecs moat knows: UTF-8, ASCII, Latin-1, UTF-16 and UTF-32 (with their aliases), both
// ways, with CPython's error handlers and its UnicodeDecodeError / UnicodeEncodeError ranges
// and messages.
// str holds UTF-8 already, so UTF-8 encoding is a copy unless lone surrogates are present.
#include "interp/obj_str_codec.h"

#include <stdio.h>
#include <string.h>

#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/obj_bytes.h"
#include "interp/obj_str.h"
#include "interp/obj_str_char.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"

typedef enum Codec {
    CODEC_UTF8,
    CODEC_ASCII,
    CODEC_LATIN1,
    // the wide codecs: a plain one writes a BOM and reads one if present
    CODEC_UTF16,
    CODEC_UTF16LE,
    CODEC_UTF16BE,
    CODEC_UTF32,
    CODEC_UTF32LE,
    CODEC_UTF32BE,
} Codec;

typedef enum Handler {
    ERR_STRICT,
    ERR_IGNORE,
    ERR_REPLACE,
    ERR_BACKSLASH,
    ERR_SURROGATEESCAPE,
    ERR_SURROGATEPASS,
    ERR_XMLCHARREF,
    ERR_UNKNOWN,
} Handler;

static const char *const codec_names[] = {"utf-8",     "ascii",     "latin-1",
                                          "utf-16",    "utf-16-le", "utf-16-be",
                                          "utf-32",    "utf-32-le", "utf-32-be"};

static bool codec_is_wide(Codec c) {
    return c >= CODEC_UTF16;
}

// The names CPython's str.encode and bytes.decode handle in C. The others go through the codec
// registry, which adds a note to any error ("decoding with 'l1' codec failed").
static bool codec_fast_name(const char *norm) {
    static const char *const fast[] = {"utf_8", "utf8", "utf_16", "utf16", "utf_32", "utf32",
                                       "ascii", "us_ascii", "latin1", "latin_1", "iso_8859_1",
                                       "iso8859_1"};
    for (size_t k = 0; k < sizeof fast / sizeof fast[0]; k++) {
        if (strcmp(norm, fast[k]) == 0) return true;
    }
    return false;
}

// Python's encodings.normalize_encoding, then the alias table. *fast: see codec_fast_name.
static bool codec_lookup(const ObjStr *name, Codec *out, bool *fast) {
    static const struct {
        const char *alias;
        Codec codec;
    } aliases[] = {
        {"utf_8", CODEC_UTF8},         {"utf8", CODEC_UTF8},          {"u8", CODEC_UTF8},
        {"utf", CODEC_UTF8},           {"cp65001", CODEC_UTF8},       {"utf8_ucs2", CODEC_UTF8},
        {"utf8_ucs4", CODEC_UTF8},     {"ascii", CODEC_ASCII},        {"us_ascii", CODEC_ASCII},
        {"646", CODEC_ASCII},          {"us", CODEC_ASCII},           {"cp367", CODEC_ASCII},
        {"csascii", CODEC_ASCII},      {"ibm367", CODEC_ASCII},       {"iso646_us", CODEC_ASCII},
        {"iso_646.irv_1991", CODEC_ASCII}, {"iso_ir_6", CODEC_ASCII},
        {"ansi_x3.4_1968", CODEC_ASCII}, {"ansi_x3_4_1968", CODEC_ASCII},
        {"ansi_x3.4_1986", CODEC_ASCII}, {"latin_1", CODEC_LATIN1},   {"latin1", CODEC_LATIN1},
        {"latin", CODEC_LATIN1},       {"l1", CODEC_LATIN1},          {"iso_8859_1", CODEC_LATIN1},
        {"iso8859_1", CODEC_LATIN1},   {"8859", CODEC_LATIN1},        {"cp819", CODEC_LATIN1},
        {"iso_ir_100", CODEC_LATIN1},  {"csisolatin1", CODEC_LATIN1}, {"ibm819", CODEC_LATIN1},
        {"iso_8859_1_1987", CODEC_LATIN1},
        {"utf_16", CODEC_UTF16},       {"utf16", CODEC_UTF16},        {"u16", CODEC_UTF16},
        {"utf_16_le", CODEC_UTF16LE},  {"utf_16le", CODEC_UTF16LE},
        {"unicodelittleunmarked", CODEC_UTF16LE},
        {"utf_16_be", CODEC_UTF16BE},  {"utf_16be", CODEC_UTF16BE},
        {"unicodebigunmarked", CODEC_UTF16BE},
        {"utf_32", CODEC_UTF32},       {"utf32", CODEC_UTF32},        {"u32", CODEC_UTF32},
        {"utf_32_le", CODEC_UTF32LE},  {"utf_32le", CODEC_UTF32LE},
        {"utf_32_be", CODEC_UTF32BE},  {"utf_32be", CODEC_UTF32BE},
    };
    char norm[32];
    size_t n = 0;
    for (size_t i = 0; i < name->len; i++) {
        char c = name->data[i];
        if (n + 1 >= sizeof norm) return false;
        if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
        if (c == '-' || c == ' ') c = '_';
        norm[n++] = c;
    }
    norm[n] = '\0';
    *fast = codec_fast_name(norm);
    for (size_t k = 0; k < sizeof aliases / sizeof aliases[0]; k++) {
        if (strcmp(norm, aliases[k].alias) == 0) {
            *out = aliases[k].codec;
            return true;
        }
    }
    return false;
}

static bool codec_parse(Run *r, Value encoding, Value errors, Codec *codec, Handler *handler,
                        const char **handler_name, bool *fast) {
    *codec = CODEC_UTF8;
    *fast = true;
    if (!is_undef(encoding) && !codec_lookup(as_str(encoding), codec, fast)) {
        return exc_raise(r, &exc_LookupError, "unknown encoding: %s", as_str(encoding)->data);
    }
    static const char *const names[] = {"strict", "ignore", "replace", "backslashreplace",
                                        "surrogateescape", "surrogatepass", "xmlcharrefreplace"};
    *handler = ERR_STRICT;
    *handler_name = "strict";
    if (is_undef(errors)) return true;
    *handler = ERR_UNKNOWN;
    *handler_name = as_str(errors)->data;
    for (int k = 0; k < (int)(sizeof names / sizeof names[0]); k++) {
        if (str_equal_cstr(as_str(errors), names[k])) *handler = (Handler)k;
    }
    return true;
}

// The note CPython's codec registry adds to an error of a codec it called.
static void codec_note(Run *r, const char *operation, const ObjStr *encoding) {
    char note[96];
    int n = snprintf(note, sizeof note, "%s with '%.*s' codec failed", operation,
                     (int)(encoding->len < 48 ? encoding->len : 48), encoding->data);
    exc_note_pending(r, note, (size_t)n);
}

static bool unknown_handler(Run *r, const char *name) {
    return exc_raise(r, &exc_LookupError, "unknown error handler name '%s'", name);
}

// Raises UnicodeDecodeError / UnicodeEncodeError(encoding, object, start, end, reason).
static bool codec_raise(Run *r, const ObjType *cls, Codec codec, Value object, int64_t start,
                        int64_t end, const char *reason) {
    Obj *t = tuple_new(r, 5);
    if (!t || !gc_push_root(r, v_obj(t))) return false;
    ObjTuple *args = (ObjTuple *)t;
    for (int k = 0; k < 5; k++) args->items[k] = v_none();
    args->items[1] = object;
    args->items[2] = v_int(start);
    args->items[3] = v_int(end);
    Obj *enc = str_from_cstr(r, codec_names[codec]);
    if (enc) args->items[0] = v_obj(enc);
    Obj *why = enc ? str_from_cstr(r, reason) : NULL;
    if (why) args->items[4] = v_obj(why);
    Obj *e = why ? exc_new(r, cls, t) : NULL;
    gc_pop_roots(r, 1);
    if (!e) return false;
    return exc_raise_value(r, v_obj(e));
}

// ---- decoding ----

// One malformed UTF-8 sequence at s[i]: its length (the bytes CPython reports) and reason.
static size_t utf8_invalid(const unsigned char *s, size_t n, size_t i, const char **reason) {
    unsigned char c = s[i];
    if (c < 0xC2 || c > 0xF4) {
        *reason = "invalid start byte";
        return 1;
    }
    size_t need = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
    size_t k = 1;
    for (; k < need && i + k < n; k++) {
        unsigned char b = s[i + k];
        if (k == 1 ? (b < lo || b > hi) : (b & 0xC0) != 0x80) break;
    }
    if (k == need) return 0;
    *reason = i + k >= n ? "unexpected end of data" : "invalid continuation byte";
    return k;
}

// A lone surrogate in its 3-byte form (surrogatepass accepts these).
static bool utf8_surrogate_at(const unsigned char *s, size_t n, size_t i) {
    return i + 2 < n && s[i] == 0xED && s[i + 1] >= 0xA0 && s[i + 1] <= 0xBF &&
           (s[i + 2] & 0xC0) == 0x80;
}

// Appends what the handler puts for the undecodable bytes s[i..i+len); false to raise.
static bool decode_handle(Buf *b, Handler h, const unsigned char *s, size_t i, size_t len) {
    char enc[4];
    for (size_t k = i; k < i + len; k++) {
        switch (h) {
        case ERR_IGNORE: break;
        case ERR_REPLACE:
            if (k == i && !buf_append(b, "\xEF\xBF\xBD", 3)) return false;
            break;
        case ERR_BACKSLASH:
            if (!buf_printf(b, "\\x%02x", s[k])) return false;
            break;
        case ERR_SURROGATEESCAPE:
            if (!buf_append(b, enc, str_char_encode(0xDC00 + s[k], enc))) return false;
            break;
        default: return false;
        }
    }
    return true;
}

static bool decode_error_raise(Run *r, Codec codec, Value object, size_t start, size_t len,
                               const char *reason, Handler h, const char *hname) {
    if (h == ERR_UNKNOWN) return unknown_handler(r, hname);
    return codec_raise(r, &exc_UnicodeDecodeError, codec, object, (int64_t)start,
                       (int64_t)(start + len), reason);
}

// The handlers that apply to a decode error; the others raise it (surrogatepass and
// xmlcharrefreplace do not handle decoding errors of these kinds).
static bool decode_handled(Handler h, const unsigned char *s, size_t i, size_t len) {
    if (h == ERR_SURROGATEESCAPE) {
        for (size_t k = i; k < i + len; k++) {
            if (s[k] < 0x80) return false;
        }
        return true;
    }
    return h == ERR_IGNORE || h == ERR_REPLACE || h == ERR_BACKSLASH;
}

static bool decode_bytes(Run *r, Codec codec, Value object, const unsigned char *s, size_t n,
                         Handler h, const char *hname, Buf *b) {
    size_t i = 0, run = 0;
    while (i < n) {
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        size_t bad = 1;
        const char *reason = "ordinal not in range(128)";
        if (codec == CODEC_LATIN1) {
            char enc[2] = {(char)(0xC0 | (s[i] >> 6)), (char)(0x80 | (s[i] & 0x3F))};
            if (!buf_append(b, (const char *)s + run, i - run) || !buf_append(b, enc, 2)) return false;
            run = ++i;
            continue;
        }
        if (codec == CODEC_UTF8) {
            bad = utf8_invalid(s, n, i, &reason);
            if (bad == 0) {
                i += str_char_seq_len(s[i]);
                continue;
            }
            if (h == ERR_SURROGATEPASS && utf8_surrogate_at(s, n, i)) {
                i += 3;
                continue;
            }
        }
        if (!buf_append(b, (const char *)s + run, i - run)) return false;
        if (!decode_handled(h, s, i, bad)) {
            return decode_error_raise(r, codec, object, i, bad, reason, h, hname);
        }
        if (!decode_handle(b, h, s, i, bad)) return false;
        run = i += bad;
    }
    return buf_append(b, (const char *)s + run, n - run);
}

// Whether s[0..n) decodes without error as it stands (then it is its own UTF-8 text).
static bool decode_clean(Codec codec, const unsigned char *s, size_t n) {
    for (size_t i = 0; i < n;) {
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        const char *reason;
        if (codec != CODEC_UTF8 || utf8_invalid(s, n, i, &reason)) return false;
        i += str_char_seq_len(s[i]);
    }
    return true;
}

// ---- UTF-16 and UTF-32 ----

// A code unit of 2 or 4 bytes in the given byte order.
static uint32_t wide_read(const unsigned char *p, size_t unit, bool big) {
    uint32_t v = 0;
    for (size_t k = 0; k < unit; k++) v |= (uint32_t)p[big ? unit - 1 - k : k] << (8 * k);
    return v;
}

static bool wide_put(Buf *b, uint32_t v, size_t unit, bool big) {
    char out[4];
    for (size_t k = 0; k < unit; k++) out[big ? unit - 1 - k : k] = (char)(v >> (8 * k));
    return buf_append(b, out, unit);
}

static bool put_char(Buf *b, uint32_t cp) {
    char enc[4];
    return buf_append(b, enc, str_char_encode(cp, enc));
}

// Decodes one character at s[*i] (n - *i >= unit): true with *cp, or false with the length of
// the malformed bytes in *bad and CPython's reason.
static bool wide_decode_one(bool utf16, bool big, Handler h, const unsigned char *s, size_t n,
                            size_t *i, uint32_t *cp, size_t *bad, const char **reason) {
    size_t unit = utf16 ? 2 : 4;
    uint32_t u = wide_read(s + *i, unit, big);
    bool surrogate = u >= 0xD800 && u <= 0xDFFF;
    *bad = unit;
    if (!utf16 && u > 0x10FFFF) {
        *reason = "code point not in range(0x110000)";
        return false;
    }
    if (surrogate && h != ERR_SURROGATEPASS) {
        if (!utf16) {
            *reason = "code point in surrogate code point range(0xd800, 0xe000)";
            return false;
        }
        if (u >= 0xDC00) {
            *reason = "illegal encoding";
            return false;
        }
    }
    *cp = u;
    *i += unit;
    if (!utf16 || u < 0xD800 || u > 0xDBFF) return true;
    // a high surrogate: a low one must follow (surrogatepass lets a lone one through)
    uint32_t lo = n - *i >= 2 ? wide_read(s + *i, 2, big) : 0;
    if (lo >= 0xDC00 && lo <= 0xDFFF) {
        *cp = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
        *i += 2;
        return true;
    }
    if (h == ERR_SURROGATEPASS) return true;
    *i -= 2;
    *reason = n - *i < 4 ? "unexpected end of data" : "illegal UTF-16 surrogate";
    if (n - *i < 4) *bad = n - *i;
    return false;
}

// Decodes UTF-16 or UTF-32 into b. A plain codec reads a BOM if present (little-endian
// without); errors name the byte order that was used, as CPython's do.
static bool decode_wide(Run *r, Codec codec, Value object, const unsigned char *s, size_t n,
                        Handler h, const char *hname, Buf *b) {
    bool utf16 = codec <= CODEC_UTF16BE;
    size_t unit = utf16 ? 2 : 4, i = 0;
    Codec plain = utf16 ? CODEC_UTF16 : CODEC_UTF32;
    bool big = codec == plain + 2;
    if (codec == plain && n >= unit) {
        uint32_t bom = wide_read(s, unit, false);
        if (bom == 0xFEFF || bom == (utf16 ? 0xFFFEu : 0xFFFE0000u)) {
            big = bom != 0xFEFF;
            i = unit;
        }
    }
    Codec named = (Codec)(plain + (big ? 2 : 1));
    while (i < n) {
        uint32_t cp = 0;
        size_t bad = n - i;
        const char *reason = "truncated data";
        if (n - i >= unit && wide_decode_one(utf16, big, h, s, n, &i, &cp, &bad, &reason)) {
            if (!put_char(b, cp)) return false;
            continue;
        }
        if (!decode_handled(h, s, i, bad)) {
            return decode_error_raise(r, named, object, i, bad, reason, h, hname);
        }
        if (!decode_handle(b, h, s, i, bad)) return false;
        i += bad;
    }
    return true;
}

bool str_decode(Run *r, Value object, const char *data, size_t len, Value encoding, Value errors,
                Value *out) {
    Codec codec;
    Handler h;
    const char *hname;
    bool fast;
    if (!codec_parse(r, encoding, errors, &codec, &h, &hname, &fast)) return false;
    const unsigned char *s = (const unsigned char *)data;
    Obj *res;
    if (!codec_is_wide(codec) && decode_clean(codec, s, len)) {
        res = str_new(r, data, len);
    } else {
        Buf b;
        buf_init(&b, r);
        bool ok = buf_reserve(&b, len) &&
                  (codec_is_wide(codec) ? decode_wide(r, codec, object, s, len, h, hname, &b)
                                        : decode_bytes(r, codec, object, s, len, h, hname, &b));
        if (!ok) {
            buf_fini(&b);
            if (!fast) codec_note(r, "decoding", as_str(encoding));
            return false;
        }
        res = buf_to_str(&b);
    }
    if (!res) return false;
    *out = v_obj(res);
    return true;
}

// ---- encoding ----

// The highest code point a codec encodes directly.
static uint32_t codec_max(Codec codec) {
    return codec == CODEC_ASCII ? 0x7F : codec == CODEC_LATIN1 ? 0xFF : 0x10FFFF;
}

static bool encodable(Codec codec, uint32_t cp) {
    if (codec == CODEC_UTF8) return cp < 0xD800 || cp > 0xDFFF;
    return cp <= codec_max(codec);
}

// Appends the replacement of one unencodable code point; false if this handler cannot.
static bool encode_handle(Buf *b, Codec codec, Handler h, uint32_t cp, bool *handled) {
    *handled = true;
    switch (h) {
    case ERR_IGNORE: return true;
    case ERR_REPLACE: return buf_append_char(b, '?');
    case ERR_XMLCHARREF: return buf_printf(b, "&#%u;", cp);
    case ERR_BACKSLASH:
        if (cp < 0x100) return buf_printf(b, "\\x%02x", cp);
        if (cp < 0x10000) return buf_printf(b, "\\u%04x", cp);
        return buf_printf(b, "\\U%08x", cp);
    case ERR_SURROGATEESCAPE:
        if (cp >= 0xDC80 && cp <= 0xDCFF) return buf_append_char(b, (char)(cp - 0xDC00));
        break;
    case ERR_SURROGATEPASS:
        if (codec == CODEC_UTF8 && cp >= 0xD800 && cp <= 0xDFFF) {
            char enc[4];
            return buf_append(b, enc, str_char_encode(cp, enc));
        }
        break;
    default: break;
    }
    *handled = false;
    return true;
}

static bool encode_error(Run *r, Codec codec, Value str, const ObjStr *s, size_t at, Handler h,
                         const char *hname) {
    if (h == ERR_UNKNOWN) return unknown_handler(r, hname);
    // the error covers the whole run of unencodable code points, as CPython reports it
    size_t start = str_char_index(s, at), end = start, i = at;
    while (i < s->len) {
        size_t j = i;
        if (encodable(codec, str_char_decode(s->data, &j))) break;
        i = j;
        end++;
    }
    const char *reason = codec == CODEC_UTF8    ? "surrogates not allowed"
                         : codec == CODEC_ASCII ? "ordinal not in range(128)"
                                                : "ordinal not in range(256)";
    return codec_raise(r, &exc_UnicodeEncodeError, codec, str, (int64_t)start, (int64_t)end,
                       reason);
}

static bool encode_text(Run *r, Codec codec, Value str, Handler h, const char *hname, Buf *b) {
    const ObjStr *s = as_str(str);
    for (size_t i = 0; i < s->len;) {
        size_t at = i;
        uint32_t cp = str_char_decode(s->data, &i);
        bool ok;
        if (encodable(codec, cp)) {
            ok = codec == CODEC_UTF8 ? buf_append(b, s->data + at, i - at)
                                     : buf_append_char(b, (char)cp);
            if (!ok) return false;
            continue;
        }
        bool handled;
        if (!encode_handle(b, codec, h, cp, &handled)) return false;
        if (!handled) return encode_error(r, codec, str, s, at, h, hname);
    }
    return true;
}

// Writes ASCII text (a handler's replacement) as code units.
static bool wide_put_ascii(Buf *b, const char *text, size_t unit, bool big) {
    for (; *text; text++) {
        if (!wide_put(b, (unsigned char)*text, unit, big)) return false;
    }
    return true;
}

// Appends a lone surrogate's replacement; false in *handled if this handler cannot.
static bool wide_encode_handle(Buf *b, Handler h, uint32_t cp, size_t unit, bool big,
                               bool *handled) {
    char text[16];
    *handled = true;
    switch (h) {
    case ERR_IGNORE: return true;
    case ERR_REPLACE: return wide_put(b, '?', unit, big);
    case ERR_SURROGATEPASS: return wide_put(b, cp, unit, big);
    case ERR_XMLCHARREF: snprintf(text, sizeof text, "&#%u;", cp); break;
    case ERR_BACKSLASH: snprintf(text, sizeof text, "\\u%04x", cp); break;
    default: *handled = false; return true;
    }
    return wide_put_ascii(b, text, unit, big);
}

// Encodes as UTF-16 or UTF-32; a plain codec writes a little-endian BOM first. Only lone
// surrogates cannot be encoded.
static bool encode_wide(Run *r, Codec codec, Value str, Handler h, const char *hname, Buf *b) {
    bool utf16 = codec <= CODEC_UTF16BE;
    size_t unit = utf16 ? 2 : 4;
    Codec plain = utf16 ? CODEC_UTF16 : CODEC_UTF32;
    bool big = codec == plain + 2;
    if (codec == plain && !wide_put(b, 0xFEFF, unit, big)) return false;
    const ObjStr *s = as_str(str);
    size_t index = 0;
    for (size_t i = 0; i < s->len; index++) {
        uint32_t cp = str_char_decode(s->data, &i);
        bool ok;
        if (cp >= 0xD800 && cp <= 0xDFFF) {
            bool handled;
            if (!wide_encode_handle(b, h, cp, unit, big, &handled)) return false;
            if (handled) continue;
            if (h == ERR_UNKNOWN) return unknown_handler(r, hname);
            return codec_raise(r, &exc_UnicodeEncodeError, codec, str, (int64_t)index,
                               (int64_t)index + 1, "surrogates not allowed");
        }
        if (utf16 && cp >= 0x10000) {
            ok = wide_put(b, 0xD800 + ((cp - 0x10000) >> 10), unit, big) &&
                 wide_put(b, 0xDC00 + ((cp - 0x10000) & 0x3FF), unit, big);
        } else {
            ok = wide_put(b, cp, unit, big);
        }
        if (!ok) return false;
    }
    return true;
}

// UTF-8 text without lone surrogates is its own encoding.
static bool utf8_clean(const ObjStr *s) {
    if (s->ascii) return true;
    const unsigned char *p = (const unsigned char *)s->data;
    for (size_t i = 0; i < s->len; i++) {
        if (p[i] == 0xED && i + 1 < s->len && p[i + 1] >= 0xA0) return false;
    }
    return true;
}

bool str_encode(Run *r, Value str, Value encoding, Value errors, Value *out) {
    Codec codec;
    Handler h;
    const char *hname;
    bool fast;
    if (!codec_parse(r, encoding, errors, &codec, &h, &hname, &fast)) return false;
    const ObjStr *s = as_str(str);
    if (!codec_is_wide(codec) && (s->ascii || (codec == CODEC_UTF8 && utf8_clean(s)))) {
        Obj *res = bytes_new(r, s->data, s->len);
        if (!res) return false;
        *out = v_obj(res);
        return true;
    }
    Buf b;
    buf_init(&b, r);
    bool ok = buf_reserve(&b, s->len) &&
              (codec_is_wide(codec) ? encode_wide(r, codec, str, h, hname, &b)
                                    : encode_text(r, codec, str, h, hname, &b));
    if (!ok) {
        buf_fini(&b);
        if (!fast) codec_note(r, "encoding", as_str(encoding));
        return false;
    }
    Obj *res = bytes_new(r, b.data ? b.data : "", b.len);
    buf_fini(&b);
    if (!res) return false;
    *out = v_obj(res);
    return true;
}

// ---- the exceptions' str ----

bool str_codec_error_str(Run *r, Value exc, Buf *out) {
    ObjException *e = (ObjException *)exc.as.obj;
    ObjTuple *a = (ObjTuple *)e->args.as.obj;
    bool decode = type_is_subtype(e->base.type, &exc_UnicodeDecodeError);
    if (a->len != 5 || !is_str(a->items[0]) || !is_int(a->items[2]) || !is_int(a->items[3]) ||
        !is_str(a->items[4])) {
        return a->len == 1 ? ops_str(r, a->items[0], out) : a->len == 0 || ops_str(r, e->args, out);
    }
    int64_t start = a->items[2].as.i, end = a->items[3].as.i;
    Value obj = a->items[1];
    if (!buf_printf(out, "'%s' codec can't %s ", as_str(a->items[0])->data,
                    decode ? "decode" : "encode")) {
        return false;
    }
    bool ok;
    if (decode && end == start + 1 && is_bytes(obj) && start >= 0 &&
        (size_t)start < as_bytes(obj)->len) {
        ok = buf_printf(out, "byte 0x%02x in position %lld",
                        (unsigned char)as_bytes(obj)->data[start], (long long)start);
    } else if (!decode && end == start + 1 && is_str(obj) && start >= 0 &&
               (size_t)start < as_str(obj)->chars) {
        size_t pos = str_byte_offset(as_str(obj), (size_t)start);
        uint32_t cp = str_char_decode(as_str(obj)->data, &pos);
        if (cp < 0x100) {
            ok = buf_printf(out, "character '\\x%02x'", cp);
        } else if (cp < 0x10000) {
            ok = buf_printf(out, "character '\\u%04x'", cp);
        } else {
            ok = buf_printf(out, "character '\\U%08x'", cp);
        }
        ok = ok && buf_printf(out, " in position %lld", (long long)start);
    } else {
        ok = buf_printf(out, "%s in position %lld-%lld", decode ? "bytes" : "characters",
                        (long long)start, (long long)(end - 1));
    }
    return ok && buf_append_cstr(out, ": ") && ops_str(r, a->items[4], out);
}
