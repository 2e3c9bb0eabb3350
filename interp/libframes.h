// Frames of CPython's standard library in tracebacks: where CPython implements a module in
// Python (json, typing, enum, dataclasses, collections, contextlib, string, copy, re), its
// tracebacks show that code's frames too, and moat's native versions attach the same frames
// when they raise.
#ifndef MOAT_INTERP_LIBFRAMES_H
#define MOAT_INTERP_LIBFRAMES_H

#include <stddef.h>
#include <stdint.h>

#include "interp/run.h"

// One frame as CPython 3.14 (Pyodide's build) prints it: `  File "<file>", line N, in func`,
// then the lines of `shown`, each indented by four spaces: the statement's source lines,
// dedented, and the ~~~^^^ marker lines under them where CPython draws markers. Line 0: the
// line depends on the program (code CPython generates, such as a dataclass's methods) and is
// given when the frame is added.
typedef struct LibFrame {
    const char *file;
    uint32_t line;
    const char *func;
    const char *shown;  // lines ending in '\n'; "" for a frame without source
} LibFrame;

// X(ID, file, line, function, shown): the frames moat's modules attach.
#define LIB_FRAMES(X)                                                                          \
    X(JSON_LOADS, JSON_INIT, 352, "loads",                                                     \
      "return _default_decoder.decode(s)\n"                                                    \
      "       ~~~~~~~~~~~~~~~~~~~~~~~^^^\n")                                                   \
    X(JSON_LOADS_CUSTOM, JSON_INIT, 365, "loads",                                              \
      "return cls(**kw).decode(s)\n"                                                           \
      "       ~~~~~~~~~~~~~~~~^^^\n")                                                          \
    X(JSON_LOADS_DECODER_INIT, JSON_INIT, 365, "loads",                                        \
      "return cls(**kw).decode(s)\n"                                                           \
      "       ~~~^^^^^^\n")                                                                    \
    X(JSON_LOADS_BOM, JSON_INIT, 341, "loads",                                                 \
      "raise JSONDecodeError(\"Unexpected UTF-8 BOM (decode using utf-8-sig)\",\n"             \
      "                      s, 0)\n")                                                         \
    X(JSON_LOADS_TYPE, JSON_INIT, 345, "loads",                                                \
      "raise TypeError(f'the JSON object must be str, bytes or bytearray, '\n"                 \
      "                f'not {s.__class__.__name__}')\n")                                      \
    X(JSON_LOADS_BYTES, JSON_INIT, 347, "loads",                                               \
      "s = s.decode(detect_encoding(s), 'surrogatepass')\n")                                   \
    X(JSON_DECODE, JSON_DECODER, 345, "decode",                                                \
      "obj, end = self.raw_decode(s, idx=_w(s, 0).end())\n"                                    \
      "           ~~~~~~~~~~~~~~~^^^^^^^^^^^^^^^^^^^^^^^\n")                                   \
    X(JSON_DECODE_EXTRA, JSON_DECODER, 348, "decode",                                          \
      "raise JSONDecodeError(\"Extra data\", s, end)\n")                                       \
    X(JSON_RAW_DECODE, JSON_DECODER, 361, "raw_decode",                                        \
      "obj, end = self.scan_once(s, idx)\n"                                                    \
      "           ~~~~~~~~~~~~~~^^^^^^^^\n")                                                   \
    X(JSON_RAW_DECODE_NO_VALUE, JSON_DECODER, 363, "raw_decode",                               \
      "raise JSONDecodeError(\"Expecting value\", s, err.value) from None\n")                  \
    X(JSON_DUMPS, JSON_INIT, 235, "dumps",                                                     \
      "return _default_encoder.encode(obj)\n"                                                  \
      "       ~~~~~~~~~~~~~~~~~~~~~~~^^^^^\n")                                                 \
    X(JSON_DUMPS_CUSTOM, JSON_INIT, 242, "dumps",                                              \
      "**kw).encode(obj)\n"                                                                    \
      "      ~~~~~~^^^^^\n")                                                                   \
    X(JSON_DUMPS_ENCODER_INIT, JSON_INIT, 238, "dumps",                                        \
      "return cls(\n"                                                                          \
      "       ~~~^\n"                                                                          \
      "    skipkeys=skipkeys, ensure_ascii=ensure_ascii,\n"                                    \
      "    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n"                                    \
      "    check_circular=check_circular, allow_nan=allow_nan, indent=indent,\n"               \
      "    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n"               \
      "    separators=separators, default=default, sort_keys=sort_keys,\n"                     \
      "    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n"                     \
      "    **kw).encode(obj)\n"                                                                \
      "    ^^^^^\n")                                                                           \
    X(JSON_ENCODER_INIT_SEPARATORS, JSON_ENCODER, 158, "__init__",                             \
      "self.item_separator, self.key_separator = separators\n"                                 \
      "^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n")                                             \
    X(JSON_ENCODE, JSON_ENCODER, 203, "encode", "chunks = self.iterencode(o, _one_shot=True)\n") \
    X(JSON_ITERENCODE, JSON_ENCODER, 264, "iterencode", "return _iterencode(o, 0)\n")           \
    X(JSON_ITERENCODE_INDENT, JSON_ENCODER, 253, "iterencode",                                 \
      "indent = ' ' * self.indent\n"                                                           \
      "         ~~~~^~~~~~~~~~~~~\n")                                                          \
    X(JSON_ITERENCODE_MAKE, JSON_ENCODER, 255, "iterencode",                                   \
      "_iterencode = c_make_encoder(\n"                                                        \
      "    markers, self.default, _encoder, indent,\n"                                         \
      "    self.key_separator, self.item_separator, self.sort_keys,\n"                         \
      "    self.skipkeys, self.allow_nan)\n")                                                  \
    X(JSON_DEFAULT, JSON_ENCODER, 183, "default",                                              \
      "raise TypeError(f'Object of type {o.__class__.__name__} '\n"                            \
      "                f'is not JSON serializable')\n")                                     \
    X(TYPING_INSTANCECHECK, TYPING, 1293, "__instancecheck__",                                 \
      "return self.__subclasscheck__(type(obj))\n"                                             \
      "       ~~~~~~~~~~~~~~~~~~~~~~^^^^^^^^^^^\n")                                            \
    X(TYPING_SUBCLASSCHECK, TYPING, 1296, "__subclasscheck__",                                 \
      "raise TypeError(\"Subscripted generics cannot be used with\"\n"                         \
      "                \" class and instance checks\")\n")                                      \
    X(TYPING_INNER, TYPING, 402, "inner", "return func(*args, **kwds)\n")                       \
    X(TYPING_GENERIC_CLASS_GETITEM, TYPING, 1161, "_generic_class_getitem",                     \
      "_check_generic_specialization(cls, args)\n"                                              \
      "~~~~~~~~~~~~~~~~~~~~~~~~~~~~~^^^^^^^^^^^\n")                                             \
    X(TYPING_CHECK_NOT_GENERIC, TYPING, 317, "_check_generic_specialization",                   \
      "raise TypeError(f\"{cls} is not a generic class\")\n")                                   \
    X(TYPING_CHECK_SPECIALIZATION, TYPING, 337, "_check_generic_specialization",                \
      "raise TypeError(f\"Too {'many' if actual_len > expected_len else 'few'} arguments\"\n"    \
      "                f\" for {cls}; actual {actual_len}, expected {expect_val}\")\n")         \
    X(TYPING_TYPEDDICT_CHECK, TYPING, 3268, "__subclasscheck__",                                \
      "raise TypeError('TypedDict does not support instance and class checks')\n")             \
    X(TYPING_ALIAS_GETATTR, TYPING, 1283, "__getattr__", "return getattr(self.__origin__, attr)\n") \
    X(TYPING_ALIAS_GETITEM, TYPING, 1397, "__getitem__", "new_args = self._determine_new_args(args)\n") \
    X(TYPING_NEW_ARGS_PREPARE, TYPING, 1421, "_determine_new_args", "args = prepare(self, args)\n") \
    X(TYPING_NEW_ARGS_COUNT, TYPING, 1425, "_determine_new_args",                              \
      "raise TypeError(f\"Too {'many' if alen > plen else 'few'} arguments for {self};\"\n"      \
      "                f\" actual {alen}, expected {plen}\")\n")                                 \
    X(TYPING_ANY_NEW, TYPING, 602, "__new__", "raise TypeError(\"Any cannot be instantiated\")\n") \
    X(TYPING_PROTOCOL_INSTANCECHECK, TYPING, 2040, "__instancecheck__",                         \
      "raise TypeError(\"Instance and class checks can only be used with\"\n"                  \
      "                \" @runtime_checkable protocols\")\n")                                   \
    X(TYPING_ALIAS_CALL, TYPING, 1233, "__call__",                                             \
      "raise TypeError(f\"Type {self._name} cannot be instantiated; \"\n"                      \
      "                f\"use {self.__origin__.__name__}() instead\")\n")                       \
    X(ENUM_SETITEM_MEMBER, ENUM, 390, "__setitem__",                                           \
      "raise TypeError('%r already defined as %r' % (key, self[key]))\n")                     \
    X(ENUM_SETITEM_HOOK_LATE, ENUM, 370, "__setitem__",                                        \
      "raise TypeError(\"_generate_next_value_ must be defined before members\")\n")           \
    X(ENUM_SETITEM, ENUM, 404, "__setitem__",                                                  \
      "raise TypeError('%r already defined as %r' % (key, self[key]))\n")                     \
    X(ENUM_SETITEM_AUTO, ENUM, 422, "__setitem__",                                             \
      "v.value = self._generate_next_value(\n"                                                  \
      "          ~~~~~~~~~~~~~~~~~~~~~~~~~^\n"                                                  \
      "        key, 1, len(self._member_names), self._last_values[:],\n"                        \
      "        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n"                        \
      "        )\n"                                                                             \
      "        ^\n")                                                                            \
    X(ENUM_CALL, ENUM, 707, "__call__",                                                        \
      "return cls.__new__(cls, value)\n"                                                       \
      "       ~~~~~~~~~~~^^^^^^^^^^^^\n")                                                      \
    X(ENUM_NEW, ENUM, 1192, "__new__", "raise ve_exc\n")                                       \
    X(ENUM_GETITEM, ENUM, 774, "__getitem__",                                                  \
      "return cls._member_map_[name]\n"                                                        \
      "       ~~~~~~~~~~~~~~~~^^^^^^\n")                                                       \
    X(ENUM_MEMBER_SET, ENUM, 214, "__set__",                                                  \
      "raise AttributeError(\n"                                                                \
      "        \"<enum %r> cannot set attribute %r\" % (self.clsname, self.name)\n"            \
      "        )\n")                                                                           \
    X(ENUM_SETATTR, ENUM, 820, "__setattr__",                                                  \
      "raise AttributeError('cannot reassign member %r' % (name, ))\n")                       \
    X(ENUM_DELATTR, ENUM, 749, "__delattr__",                                                  \
      "raise AttributeError(\"%r cannot delete member %r.\" % (cls.__name__, attr))\n")       \
    X(ENUM_UNIQUE, ENUM, 1654, "unique",                                                       \
      "raise ValueError('duplicate values found in %r: %s' %\n"                               \
      "        (enumeration, alias_details))\n")                                              \
    X(ENUM_PREPARE, ENUM, 468, "__prepare__",                                                  \
      "metacls._check_for_existing_members_(cls, bases)\n"                                     \
      "~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~^^^^^^^^^^^^\n")                                    \
    X(ENUM_CHECK_EXISTING, ENUM, 922, "_check_for_existing_members_",                          \
      "raise TypeError(\n"                                                                     \
      "...<2 lines>...\n"                                                                      \
      "        )\n")                                                                           \
    X(ENUM_CLASS_NEW, ENUM, 549, "__new__",                                                    \
      "enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)\n")                \
    X(ENUM_SET_NAME, ENUM, 255, "__set_name__",                                                \
      "enum_member = enum_class._new_member_(enum_class, *args)\n")                            \
    X(CM_ENTER, CONTEXTLIB, 141, "__enter__", "return next(self.gen)\n")                      \
    X(CM_ENTER_NO_YIELD, CONTEXTLIB, 143, "__enter__",                                         \
      "raise RuntimeError(\"generator didn't yield\") from None\n")                            \
    X(CM_EXIT_NEXT, CONTEXTLIB, 148, "__exit__",                                               \
      "next(self.gen)\n"                                                                       \
      "~~~~^^^^^^^^^^\n")                                                                      \
    X(CM_EXIT_NOT_STOPPED, CONTEXTLIB, 153, "__exit__",                                        \
      "raise RuntimeError(\"generator didn't stop\")\n")                                      \
    X(CM_EXIT_THROW, CONTEXTLIB, 162, "__exit__",                                              \
      "self.gen.throw(value)\n"                                                                \
      "~~~~~~~~~~~~~~^^^^^^^\n")                                                               \
    X(CM_EXIT_NOT_STOPPED_THROW, CONTEXTLIB, 198, "__exit__",                                  \
      "raise RuntimeError(\"generator didn't stop after throw()\")\n")                        \
    X(DC_GENERATED_INIT, "<string>", 0, "__init__", "")                                        \
    X(DC_GENERATED_SETATTR, "<string>", 0, "__setattr__", "")                                  \
    X(DC_GENERATED_DELATTR, "<string>", 0, "__delattr__", "")                                  \
    X(DC_DATACLASS, DATACLASSES, 1442, "dataclass", "return wrap(cls)\n")                      \
    X(DC_WRAP, DATACLASSES, 1432, "wrap",                                                      \
      "return _process_class(cls, init, repr, eq, order, unsafe_hash,\n"                      \
      "                      frozen, match_args, kw_only, slots,\n"                           \
      "                      weakref_slot)\n")                                                \
    X(DC_PROCESS_FIELD, DATACLASSES, 1066, "_process_class",                                   \
      "cls_fields.append(_get_field(cls, name, type, kw_only))\n"                              \
      "                  ~~~~~~~~~~^^^^^^^^^^^^^^^^^^^^^^^^^^\n")                              \
    X(DC_GET_FIELD, DATACLASSES, 917, "_get_field",                                            \
      "raise ValueError(f'mutable default {type(f.default)} for field '\n"                     \
      "                 f'{f.name} is not allowed: use default_factory')\n")                  \
    X(DC_PROCESS_INIT, DATACLASSES, 1136, "_process_class",                                    \
      "_init_fn(all_init_fields,\n"                                                            \
      "~~~~~~~~^^^^^^^^^^^^^^^^^\n"                                                            \
      "         std_init_fields,\n"                                                            \
      "         ^^^^^^^^^^^^^^^^\n"                                                            \
      "...<9 lines>...\n"                                                                      \
      "         slots,\n"                                                                      \
      "         ^^^^^^\n"                                                                      \
      "         )\n"                                                                           \
      "         ^\n")                                                                          \
    X(DC_INIT_FN, DATACLASSES, 687, "_init_fn",                                                \
      "raise TypeError(f'non-default argument {f.name!r} '\n"                                  \
      "                f'follows default argument {seen_default.name!r}')\n")                 \
    X(DC_FIELDS, DATACLASSES, 1456, "fields",                                                  \
      "raise TypeError('must be called with a dataclass type or instance') from None\n")      \
    X(DC_ASDICT, DATACLASSES, 1495, "asdict",                                                  \
      "raise TypeError(\"asdict() should be called on dataclass instances\")\n")              \
    X(DC_ASTUPLE, DATACLASSES, 1587, "astuple",                                                \
      "raise TypeError(\"astuple() should be called on dataclass instances\")\n")             \
    X(DC_REPLACE, DATACLASSES, 1770, "replace", "return _replace(obj, **changes)\n")          \
    X(DC_REPLACE_INIT, DATACLASSES, 1804, "_replace",                                          \
      "return self.__class__(**changes)\n"                                                     \
      "       ~~~~~~~~~~~~~~^^^^^^^^^^^\n")                                                    \
    X(COUNTER_INIT, COLLECTIONS, 614, "__init__",                                              \
      "self.update(iterable, **kwds)\n"                                                        \
      "~~~~~~~~~~~^^^^^^^^^^^^^^^^^^\n")                                                       \
    X(COUNTER_UPDATE, COLLECTIONS, 709, "update",                                              \
      "_count_elements(self, iterable)\n"                                                      \
      "~~~~~~~~~~~~~~~^^^^^^^^^^^^^^^^\n")                                                     \
    X(COUNTER_SUBTRACT, COLLECTIONS, 735, "subtract",                                          \
      "for elem in iterable:\n"                                                                \
      "            ^^^^^^^^\n")                                                                \
    X(COUNTER_FROMKEYS, COLLECTIONS, 676, "fromkeys",                                          \
      "raise NotImplementedError(\n"                                                           \
      "    'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')\n")             \
    X(NT_MAKE, COLLECTIONS, 457, "_make",                                                      \
      "raise TypeError(f'Expected {num_fields} arguments, got {len(result)}')\n")              \
    X(NT_REPLACE, COLLECTIONS, 466, "_replace",                                                \
      "raise TypeError(f'Got unexpected field names: {list(kwds)!r}')\n")                      \
    X(NAMEDTUPLE_IDENTIFIER, COLLECTIONS, 406, "namedtuple",                                   \
      "raise ValueError('Type names and field names must be valid '\n"                         \
      "                 f'identifiers: {name!r}')\n")                                          \
    X(NAMEDTUPLE_KEYWORD, COLLECTIONS, 409, "namedtuple",                                      \
      "raise ValueError('Type names and field names cannot be a '\n"                           \
      "                 f'keyword: {name!r}')\n")                                              \
    X(NAMEDTUPLE_UNDERSCORE, COLLECTIONS, 415, "namedtuple",                                   \
      "raise ValueError('Field names cannot start with an underscore: '\n"                     \
      "                 f'{name!r}')\n")                                                       \
    X(NAMEDTUPLE_DUPLICATE, COLLECTIONS, 418, "namedtuple",                                    \
      "raise ValueError(f'Encountered duplicate field name: {name!r}')\n")                     \
    X(NAMEDTUPLE_DEFAULTS, COLLECTIONS, 425, "namedtuple",                                     \
      "raise TypeError('Got more default values than field names')\n")                         \
    X(EXITSTACK_ENTER, CONTEXTLIB, 528, "enter_context",                                       \
      "raise TypeError(f\"'{cls.__module__}.{cls.__qualname__}' object does \"\n"              \
      "                f\"not support the context manager protocol\") from None\n")            \
    X(EXITSTACK_RERAISE, CONTEXTLIB, 619, "__exit__",                                          \
      "raise exc\n")                                                                           \
    X(EXITSTACK_EXIT, CONTEXTLIB, 604, "__exit__",                                             \
      "if cb(*exc_details):\n"                                                                 \
      "   ~~^^^^^^^^^^^^^^\n")                                                                 \
    X(EXITSTACK_CALLBACK, CONTEXTLIB, 482, "_exit_wrapper",                                    \
      "callback(*args, **kwds)\n"                                                              \
      "~~~~~~~~^^^^^^^^^^^^^^^\n")                                                              \
    X(STRING_SUBSTITUTE, STRING_INIT, 139, "substitute",                                       \
      "return self.pattern.sub(convert, self.template)\n"                                      \
      "       ~~~~~~~~~~~~~~~~^^^^^^^^^^^^^^^^^^^^^^^^\n")                                     \
    X(STRING_CONVERT, STRING_INIT, 132, "convert",                                             \
      "return str(mapping[named])\n"                                                           \
      "           ~~~~~~~^^^^^^^\n")                                                           \
    X(STRING_CONVERT_INVALID, STRING_INIT, 136, "convert",                                     \
      "self._invalid(mo)\n"                                                                    \
      "~~~~~~~~~~~~~^^^^\n")                                                                   \
    X(STRING_INVALID, STRING_INIT, 118, "_invalid",                                            \
      "raise ValueError('Invalid placeholder in string: line %d, col %d' %\n"                  \
      "                 (lineno, colno))\n")                                                   \
    COPY_FRAMES(X)                                                                             \
    RE_FRAMES(X)                                                                               \
    X(ITEMS_VIEW_CONTAINS, FROZEN_COLLECTIONS_ABC, 873, "__contains__", "")                   \
    TOTAL_ORDERING_FRAMES(X)

// copy.py's frames: copy() and deepcopy() where they hand x to its copier, and the frames one
// level of a deep copy adds (innermost first: an item's deepcopy(), then the container's).
#define COPY_FRAMES(X)                                                                         \
    X(COPY_HOOK, COPY, 82, "copy", "return copier(x)\n")                                     \
    X(COPY_REDUCTOR, COPY, 90, "copy", "rv = reductor(4)\n")                                 \
    X(COPY_RECONSTRUCT, COPY, 100, "copy", "return _reconstruct(x, None, *rv)\n")            \
    X(DEEPCOPY_COPIER, COPY, 131, "deepcopy", "y = copier(x, memo)\n")                       \
    X(DEEPCOPY_HOOK, COPY, 138, "deepcopy", "y = copier(memo)\n")                            \
    X(DEEPCOPY_REDUCTOR, COPY, 146, "deepcopy", "rv = reductor(4)\n")                        \
    X(DEEPCOPY_RECONSTRUCT, COPY, 157, "deepcopy", "y = _reconstruct(x, memo, *rv)\n")       \
    X(DEEPCOPY_LIST, COPY, 177, "_deepcopy_list",                                              \
      "append(deepcopy(a, memo))\n"                                                           \
      "       ~~~~~~~~^^^^^^^^^\n")                                                           \
    X(DEEPCOPY_TUPLE, COPY, 182, "_deepcopy_tuple",                                            \
      "y = [deepcopy(a, memo) for a in x]\n"                                                  \
      "     ~~~~~~~~^^^^^^^^^\n")                                                             \
    X(DEEPCOPY_DICT_KEY, COPY, 202, "_deepcopy_dict",                                          \
      "y[deepcopy(key, memo)] = deepcopy(value, memo)\n"                                      \
      "  ~~~~~~~~^^^^^^^^^^^\n")                                                              \
    X(DEEPCOPY_DICT_VALUE, COPY, 202, "_deepcopy_dict",                                        \
      "y[deepcopy(key, memo)] = deepcopy(value, memo)\n"                                      \
      "                         ~~~~~~~~^^^^^^^^^^^^^\n")                                     \
    X(RECONSTRUCT_ARGS, COPY, 233, "<genexpr>",                                                \
      "args = (deepcopy(arg, memo) for arg in args)\n"                                        \
      "        ~~~~~~~~^^^^^^^^^^^\n")                                                        \
    X(RECONSTRUCT_CALL, COPY, 234, "_reconstruct", "y = func(*args)\n")                      \
    X(RECONSTRUCT_STATE, COPY, 240, "_reconstruct", "state = deepcopy(state, memo)\n")          \
    X(SINGLEDISPATCH_WRAPPER, FUNCTOOLS, 982, "wrapper",                                       \
      "return dispatch(args[0].__class__)(*args, **kw)\n"                                     \
      "       ~~~~~~~~~~~~~~~~~~~~~~~~~~~^^^^^^^^^^^^^\n")

// re's frames for a pattern error raised while parsing: the module function the script
// called, re's _compile, the compiler, the parser's entry, and where _parser.py raises (its
// _parse_sub/_parse pair repeats once per group the error is nested in).
#define RE_FRAMES(X)                                                                           \
    X(RE_COMPILE, RE_INIT, 289, "compile", "return _compile(pattern, flags)\n")                \
    X(RE_MATCH, RE_INIT, 167, "match",                                                           \
      "return _compile(pattern, flags).match(string)\n"                                                \
      "       ~~~~~~~~^^^^^^^^^^^^^^^^\n")                                                    \
    X(RE_FULLMATCH, RE_INIT, 172, "fullmatch",                                                           \
      "return _compile(pattern, flags).fullmatch(string)\n"                                                \
      "       ~~~~~~~~^^^^^^^^^^^^^^^^\n")                                                    \
    X(RE_SEARCH, RE_INIT, 177, "search",                                                           \
      "return _compile(pattern, flags).search(string)\n"                                                \
      "       ~~~~~~~~^^^^^^^^^^^^^^^^\n")                                                    \
    X(RE_SUB, RE_INIT, 208, "sub",                                                           \
      "return _compile(pattern, flags).sub(repl, string, count)\n"                                                \
      "       ~~~~~~~~^^^^^^^^^^^^^^^^\n")                                                    \
    X(RE_SUBN, RE_INIT, 238, "subn",                                                           \
      "return _compile(pattern, flags).subn(repl, string, count)\n"                                                \
      "       ~~~~~~~~^^^^^^^^^^^^^^^^\n")                                                    \
    X(RE_SPLIT, RE_INIT, 267, "split",                                                           \
      "return _compile(pattern, flags).split(string, maxsplit)\n"                                                \
      "       ~~~~~~~~^^^^^^^^^^^^^^^^\n")                                                    \
    X(RE_FINDALL, RE_INIT, 278, "findall",                                                           \
      "return _compile(pattern, flags).findall(string)\n"                                                \
      "       ~~~~~~~~^^^^^^^^^^^^^^^^\n")                                                    \
    X(RE_FINDITER, RE_INIT, 285, "finditer",                                                           \
      "return _compile(pattern, flags).finditer(string)\n"                                                \
      "       ~~~~~~~~^^^^^^^^^^^^^^^^\n")                                                    \
    X(RE_INIT_COMPILE, RE_INIT, 350, "_compile", "p = _compiler.compile(pattern, flags)\n")     \
    X(RE_COMPILER_PARSE, RE_COMPILER, 762, "compile", "p = _parser.parse(p, flags)\n")          \
    X(RE_PARSE, RE_PARSER, 973, "parse", "p = _parse_sub(source, state, flags & SRE_FLAG_VERBOSE, 0)\n") \
    X(RE_PARSE_UNBALANCED, RE_PARSER, 978, "parse", "raise source.error(\"unbalanced parenthesis\")\n") \
    X(RE_PARSE_SUB, RE_PARSER, 460, "_parse_sub",                                              \
      "itemsappend(_parse(source, state, verbose, nested + 1,\n"                                \
      "            ~~~~~~^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n"                                \
      "                   not nested and not items))\n"                                         \
      "                   ^^^^^^^^^^^^^^^^^^^^^^^^^\n")                                         \
    X(RE_PARSE_GROUP, RE_PARSER, 856, "_parse", "p = _parse_sub(source, state, sub_verbose, nested + 1)\n") \
    X(RE_PARSE_MISSING_PAREN, RE_PARSER, 858, "_parse",                                        \
      "raise source.error(\"missing ), unterminated subpattern\",\n"                           \
      "                   source.tell() - start)\n")                                           \
    X(RE_PARSE_NOTHING_TO_REPEAT, RE_PARSER, 687, "_parse",                                    \
      "raise source.error(\"nothing to repeat\",\n"                                             \
      "                   source.tell() - here + len(this))\n")                                \
    X(RE_PARSE_MULTIPLE_REPEAT, RE_PARSER, 690, "_parse",                                      \
      "raise source.error(\"multiple repeat\",\n"                                               \
      "                   source.tell() - here + len(this))\n")                                \
    X(RE_ESCAPE_BAD, RE_PARSER, 443, "_escape", "raise source.error(\"bad escape %s\" % escape, len(escape))\n") \
    X(RE_CLASS_ESCAPE_BAD, RE_PARSER, 366, "_class_escape",                                    \
      "raise source.error('bad escape %s' % escape, len(escape))\n")                          \
    X(RE_PARSE_ESCAPE, RE_PARSER, 544, "_parse", "code = _escape(source, this, state)\n")      \
    X(RE_PARSE_CLASS_ESCAPE, RE_PARSER, 573, "_parse", "code1 = _class_escape(source, this)\n") \
    X(RE_PARSE_CLASS_ESCAPE_END, RE_PARSER, 600, "_parse", "code2 = _class_escape(source, that)\n") \
    X(RE_PARSE_RANGE_KIND, RE_PARSER, 612, "_parse", "raise source.error(msg, len(this) + 1 + len(that))\n") \
    X(RE_PARSE_RANGE_ORDER, RE_PARSER, 617, "_parse", "raise source.error(msg, len(this) + 1 + len(that))\n") \
    X(RE_PARSE_UNTERMINATED_SET, RE_PARSER, 568, "_parse",                                     \
      "raise source.error(\"unterminated character set\",\n"                                    \
      "                   source.tell() - here)\n")                                            \
    X(RE_PARSE_UNTERMINATED_SET_DASH, RE_PARSER, 591, "_parse",                                \
      "raise source.error(\"unterminated character set\",\n"                                    \
      "                   source.tell() - here)\n")

// functools.total_ordering's derived methods, where they call the class's own root method
// (in the order of mod_functools.c's order_derivations).
#define TOTAL_ORDERING_FRAME(X, ID, line, func, root) \
    X(ID, FUNCTOOLS, line, func, "op_result = type(self)." root "(self, other)\n")
#define TOTAL_ORDERING_FRAMES(X)                                                  \
    TOTAL_ORDERING_FRAME(X, GT_FROM_LT, 91, "_gt_from_lt", "__lt__")              \
    TOTAL_ORDERING_FRAME(X, LE_FROM_LT, 98, "_le_from_lt", "__lt__")              \
    TOTAL_ORDERING_FRAME(X, GE_FROM_LT, 105, "_ge_from_lt", "__lt__")             \
    TOTAL_ORDERING_FRAME(X, GE_FROM_LE, 112, "_ge_from_le", "__le__")             \
    TOTAL_ORDERING_FRAME(X, LT_FROM_LE, 119, "_lt_from_le", "__le__")             \
    TOTAL_ORDERING_FRAME(X, GT_FROM_LE, 126, "_gt_from_le", "__le__")             \
    TOTAL_ORDERING_FRAME(X, LT_FROM_GT, 133, "_lt_from_gt", "__gt__")             \
    TOTAL_ORDERING_FRAME(X, GE_FROM_GT, 140, "_ge_from_gt", "__gt__")             \
    TOTAL_ORDERING_FRAME(X, LE_FROM_GT, 147, "_le_from_gt", "__gt__")             \
    TOTAL_ORDERING_FRAME(X, LE_FROM_GE, 154, "_le_from_ge", "__ge__")             \
    TOTAL_ORDERING_FRAME(X, GT_FROM_GE, 161, "_gt_from_ge", "__ge__")             \
    TOTAL_ORDERING_FRAME(X, LT_FROM_GE, 168, "_lt_from_ge", "__ge__")

#define LIB_FRAME_ID(id, file, line, func, shown) LF_##id,
typedef enum LibFrameId { LIB_FRAMES(LIB_FRAME_ID) LF_COUNT } LibFrameId;
#undef LIB_FRAME_ID

// Appends frames ids[0..n) to the traceback of the pending exception, innermost first, as
// they would be passed while it unwinds CPython's library code. Nothing happens once a limit
// stopped the run (or when memory runs out: that stops it).
void libframes_add(Run *r, const LibFrameId *ids, size_t n);
// Appends frame id at `line` (a frame whose table line is 0).
void libframes_add_at(Run *r, LibFrameId id, uint32_t line);
#define LIBFRAMES_ADD(r, ...)                                        \
    libframes_add((r), (const LibFrameId[]){__VA_ARGS__},            \
                  sizeof((const LibFrameId[]){__VA_ARGS__}) / sizeof(LibFrameId))

#endif
