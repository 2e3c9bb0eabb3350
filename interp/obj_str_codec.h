// The codecs between str and bytes (obj_str_codec.c): UTF-8, ASCII and Latin-1 with their
// aliases, and the error handlers strict, ignore, replace, backslashreplace, surrogateescape,
// surrogatepass and (encoding only) xmlcharrefreplace.
#ifndef MOAT_INTERP_OBJ_STR_CODEC_H
#define MOAT_INTERP_OBJ_STR_CODEC_H

#include <stdbool.h>
#include <stddef.h>

#include "interp/buf.h"
#include "interp/obj.h"

// data[0..len) decoded to a str. `encoding` and `errors` are str Values, or undef for 'utf-8'
// and 'strict'. `object` is the bytes being decoded, for UnicodeDecodeError.object.
MOAT_NODISCARD bool str_decode(Run *r, Value object, const char *data, size_t len, Value encoding,
                               Value errors, Value *out);
// str.encode(encoding, errors) of the str `str`: a bytes object.
MOAT_NODISCARD bool str_encode(Run *r, Value str, Value encoding, Value errors, Value *out);
// str(e) of a UnicodeDecodeError / UnicodeEncodeError raised with CPython's five args
// (encoding, object, start, end, reason): "'utf-8' codec can't decode byte 0xff in position
// 0: invalid start byte". For exc.c's str slot of those two classes.
MOAT_NODISCARD bool str_codec_error_str(Run *r, Value exc, Buf *out);

#endif
