# Regenerates tests/unit/test_mod_json_table.h: every json.loads and json.dumps call below is
# evaluated by CPython 3.14 and becomes a row that test_mod_json.c runs through moat's json
# module. loads rows: {document, length, is bytes, expected}. dumps rows: {JSON text of the
# value (read by moat's own loads), options, expected}; options are `name=value` items
# separated by '`' (test_mod_json.c's jt_options): ints, 'str', T/F, separators as item~key.
# Expected: repr of the result, or "Type: message", with " @pos,lineno,colno" for
# JSONDecodeError and " [note; note]" for notes.
# Run it under CPython 3.14, e.g. the Pyodide oracle:
#   node -e 'import("pyodide").then(async ({loadPyodide}) => { const py = await loadPyodide();
#     py.FS.mkdirTree("/out"); py.FS.mount(py.FS.filesystems.NODEFS, {root: "tests/unit"}, "/out");
#     py.runPython(require("fs").readFileSync("tests/unit/test_mod_json_gen.py", "utf8")); })'
import json

LOADS = [
    '', ' ', 'x', '[', ']', '{', '}', '[1,]', '[1,,2]', '{"a":1,}', '{"a" 1}', '{"a":}', '{1:2}',
    "{'a':1}", '[1 2]', '{"a":1 "b":2}', '"abc', '"a\\', '"\\x"', '"\\u12"', '"\\u12g4"',
    '"\\ud800"', '"\\ud800\\udc00"', '"\\ud800\\u0041"', '"\\ud800\\u00"', '"\\ud800\\uzzzz"',
    '"\\udbff\\udfff"', '"\\u0000"', '"a\nb"', '"a\tb"', '"a\x00"', '"a\x7f"', 'nul', 'nulls',
    'tru', 'True', 'NaN', '-Infinity', 'Infinity', '-', '-x', '01', '1.', '.5', '+1', '1e',
    '1e+', '1.5e3', '-0', '-0.0', '1E400', '1e-400', '[1]x', '[1] x', '1 2', '\ufeff1',
    '\u00a01', '\x0c1', ' \t\n\r1 \t\n\r', '[\n1,\n2,\n]', '{"a":1,\n "b":}', '[1,\n  x]',
    '"\u00e9\u00e9" x', '{"a":1, }', '[1, ]', '[,]', '{,}', '{"a"}', '{"a":1,"b"}', '"\\',
    '"\\u', '"\\u1234', '"\\uDFFF"', '"\\/"', '[1,2', '{"a":1', '{"a"', '{"', '[[[', '["a',
    '"\\u00e9"', '[-]', '[1e]', '123abc', 'nan', 'inf', '-Inf', '-NaN', '[NaN, Infinity, -Infinity]',
    '1.0e-5', '1e5', '0.1', '1E+2', '-1e-2', '10', '-12345678901234567890', '0e0', '0.0e0',
    '{"a": 1, "a": 2, "b": [true, false, null]}', '{"k": {"k": {"k": []}}}', '[[], {}, [[]]]',
    '"\\"\\\\\\/\\b\\f\\n\\r\\t"', '"\U0001f600\u00e9"', '"\\uD83D\\uDE00"', '{"\u00e9": "\u00e9"}',
    '1' * 4300, '1' * 4301, '-' + '1' * 4301, '[' + '1' * 19 + ']', '-9223372036854775808',
    '9223372036854775807', '9223372036854775808', '1' * 400 + '.5', '"' + 'a' * 300 + '\\n"',
    '\n\n  [1, \n  {"a": x}]', '"\u00e9\u00e9\u00e9', '["\u00e9", "\\q"]',
]

LOADS_BYTES = [
    b'[1, "\xc3\xa9"]', b'\xef\xbb\xbf[1]', b'"\xff"', b'"\xed\xa0\x80"', b'\xff\xfe[\x001\x00]\x00',
    b'[\x001\x00]\x00', b'\x00[\x001\x00]', b'1\x00\x00\x00', b'\x00\x00\x001',
    b'\xff\xfe\x00\x001\x00\x00\x00', b'\x00\x00\xfe\xff\x00\x00\x001', b'\xff\xfe1\x00\x00',
    b'1\x00 \x00 ', b'1\x00\x00\x00\x00', b'\x00\x00\x00\x22\x00\x11\x00\x00\x00\x00\x00\x22',
    b'"\x00\x00\xd8"\x00', b'"\x00=\xd8\x00\xde"\x00', b'\xef\xbb\xbf\xff', b'', b'\x00',
    b'x\x00', b'\xef\xbb\xbf', b'"\xc3"', b'  [1] x',
]

VALUES = [
    'null', 'true', 'false', '0', '-5', '123456789012345678901234567890', '1.5', '-0.0', '1e+16',
    '1e-07', '5e-324', '1e+22', 'NaN', 'Infinity', '-Infinity', '""', '"a\\"b\\\\c/"',
    '"\\u0000\\u001f\\u007f\\u0080\\u00ff\\u0100\\uffff"', '"\\ud83d\\ude00\\ud800x\\udc00"',
    '"\\b\\f\\n\\r\\t"', '"\u00e9\u2028"', '[]', '{}', '[[]]', '[{}]', '{"a": []}',
    '[1, [2, [3, []]], {"b": {"c": null}}]', '{"b": 1, "a": 2, "c": {"z": 1, "y": 2}}',
    '[NaN, Infinity, -Infinity, 1.0]', '{"x": [NaN]}', '{"k": "v", "e": "\u00e9"}',
]

OPTIONS = [
    {}, {"indent": 2}, {"indent": 0}, {"indent": "\t"}, {"indent": -1}, {"indent": "ab"},
    {"sort_keys": True}, {"ensure_ascii": False}, {"allow_nan": False},
    {"separators": (",", ":")}, {"separators": (";", "=")}, {"indent": 1, "separators": ("|", "")},
    {"indent": 3, "sort_keys": True, "ensure_ascii": False},
    {"check_circular": False, "skipkeys": True},
]


def outcome(f):
    try:
        return repr(f())
    except Exception as e:
        text = "%s: %s" % (type(e).__name__, e)
        if isinstance(e, json.JSONDecodeError):
            text += " @%d,%d,%d" % (e.pos, e.lineno, e.colno)
        notes = getattr(e, "__notes__", None)
        if notes:
            text += " [" + "; ".join(notes) + "]"
        return text


def option_spec(opts):
    parts = []
    for k, v in opts.items():
        if isinstance(v, bool):
            parts.append("%s=%s" % (k, "T" if v else "F"))
        elif isinstance(v, int):
            parts.append("%s=%d" % (k, v))
        elif isinstance(v, str):
            parts.append("%s='%s'" % (k, v))
        else:
            parts.append("%s=%s~%s" % (k, v[0], v[1]))
    return "`".join(parts)


def c_string(s):
    if isinstance(s, str):
        s = s.encode("utf-8", "surrogatepass")
    out = '"'
    for b in s:
        c = chr(b)
        if c in '"\\':
            out += "\\" + c
        elif 32 <= b < 127 and c != '?':
            out += c
        else:
            out += '\\%03o' % b
    return out + '"'


def main():
    rows = ["// Generated by test_mod_json_gen.py from CPython 3.14; do not edit.",
            "// loads rows: {document, bytes?, expected}; dumps rows: {value as JSON, options, expected}.",
            "static const JsonLoadsCase loads_cases[] = {"]
    for d in LOADS:
        rows.append("    {%s, %d, false, %s}," % (c_string(d), len(d.encode("utf-8", "surrogatepass")),
                                              c_string(outcome(lambda: json.loads(d)))))
    for b in LOADS_BYTES:
        rows.append("    {%s, %d, true, %s}," % (c_string(b), len(b), c_string(outcome(lambda: json.loads(b)))))
    rows.append("};")
    rows.append("static const JsonDumpsCase dumps_cases[] = {")
    for v in VALUES:
        for opts in OPTIONS:
            value = json.loads(v)
            rows.append("    {%s, %s, %s}," % (c_string(v), c_string(option_spec(opts)),
                                              c_string(outcome(lambda: json.dumps(value, **opts)))))
    rows.append("};")
    with open("/out/test_mod_json_table.h", "w") as f:
        f.write("\n".join(rows) + "\n")


main()
