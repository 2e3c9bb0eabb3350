// tokens.c: the first tokenizer-level error of a source, as CPython 3.14 reports it. Every
// expectation in the tables below, except moat_rules, is what CPython 3.14 (Pyodide 314.0.7)
// raised when compiling the same bytes: class, msg, lineno, and offset in characters.
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "suites.h"
#include "parser/tokens.h"

#define S(lit) lit, sizeof(lit) - 1
#define PEP263 ", but no encoding declared; see https://peps.python.org/pep-0263/ for details"
#define LEADING_ZEROS                                                                       \
    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal " \
    "integers"
#define INT_LIMIT                                                                         \
    "; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for " \
    "huge integer literals to avoid decimal conversion limits."
#define EXCEEDS_4301                                                                        \
    "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits" \
    INT_LIMIT

typedef struct TokensRow {
    const char *src;
    size_t len;
    const char *exc;  // NULL: CPython's tokenizer accepts it
    const char *msg;
    uint32_t line;
    int offset;       // CPython's 1-based column in characters (1 where CPython gives 0)
} TokensRow;

static const TokensRow cpython_errors[] = {
    // Source decoding.
    {S("x = '\377'\n"), "SyntaxError",
     "Non-UTF-8 code starting with '\\xff' on line 1"
     PEP263, 1, 6},
    {S("x = 1\ny = '\303('\n"), "SyntaxError",
     "Non-UTF-8 code starting with '\\xc3' on line 2"
     PEP263, 2, 6},
    {S("x = '\355\240\200'\n"), "SyntaxError",
     "Non-UTF-8 code starting with '\\xed' on line 1"
     PEP263, 1, 6},
    {S("x = '\300\200'\n"), "SyntaxError",
     "Non-UTF-8 code starting with '\\xc0' on line 1"
     PEP263, 1, 6},
    {S("x = 'a\303\251\377'\n"), "SyntaxError",
     "Non-UTF-8 code starting with '\\xff' on line 1"
     PEP263, 1, 8},
    {S("x = 1\r\ry\377\n"), "SyntaxError",
     "Non-UTF-8 code starting with '\\xff' on line 3"
     PEP263, 3, 2},
    {S("# coding: utf-8\nx = '\377'\n"), "SyntaxError",
     "Non-UTF-8 code starting with '\\xff' on line 2"
     PEP263, 2, 6},
    {S("\357\273\277# coding: latin-1\nx = 1\n"), "SyntaxError",
     "encoding problem: iso-8859-1 with BOM", 1, 1},
    {S("\357\273\277# coding: utf8\nx = 1\n"), "SyntaxError",
     "encoding problem: utf8 with BOM", 1, 1},
    // Strings and their prefixes.
    {S("x = 'abc\n"), "SyntaxError",
     "unterminated string literal (detected at line 1)", 1, 5},
    {S("x = 'abc"), "SyntaxError",
     "unterminated string literal (detected at line 1)", 1, 5},
    {S("x = 1\ry = 'abc\rz = 3\r"), "SyntaxError",
     "unterminated string literal (detected at line 2)", 2, 5},
    {S("x = \"abc\\\"\n"), "SyntaxError",
     "unterminated string literal (detected at line 1); perhaps you escaped the end quote?", 1, 5},
    {S("x = rb'\\'\n"), "SyntaxError",
     "unterminated string literal (detected at line 1); perhaps you escaped the end quote?", 1, 5},
    {S("x = b'abc\n"), "SyntaxError",
     "unterminated string literal (detected at line 1)", 1, 5},
    {S("x = '''abc\ndef\n"), "SyntaxError",
     "unterminated triple-quoted string literal (detected at line 2)", 1, 5},
    {S("x = 1\ny = '''abc\ndef"), "SyntaxError",
     "unterminated triple-quoted string literal (detected at line 3)", 2, 5},
    {S("'''a''' '''b\n"), "SyntaxError",
     "unterminated triple-quoted string literal (detected at line 1)", 1, 9},
    {S("x = 'abc\\\ndef\n"), "SyntaxError",
     "unterminated string literal (detected at line 2)", 1, 5},
    {S("x = '\342\202\254' + 'a\n"), "SyntaxError",
     "unterminated string literal (detected at line 1)", 1, 11},
    {S("x = ub'a'\n"), "SyntaxError",
     "'u' and 'b' prefixes are incompatible", 1, 5},
    {S("x = ur'a'\n"), "SyntaxError",
     "'u' and 'r' prefixes are incompatible", 1, 5},
    {S("x = fb'a'\n"), "SyntaxError",
     "'b' and 'f' prefixes are incompatible", 1, 5},
    {S("x = tb'a'\n"), "SyntaxError",
     "'b' and 't' prefixes are incompatible", 1, 5},
    {S("x = ft'a'\n"), "SyntaxError",
     "'f' and 't' prefixes are incompatible", 1, 5},
    {S("x = uf'a'\n"), "SyntaxError",
     "'u' and 'f' prefixes are incompatible", 1, 5},
    {S("x = ut'a'\n"), "SyntaxError",
     "'u' and 't' prefixes are incompatible", 1, 5},
    {S("x = rbf'a'\n"), "SyntaxError",
     "'b' and 'f' prefixes are incompatible", 1, 5},
    {S("x = b'\303\251'\n"), "SyntaxError",
     "bytes can only contain ASCII literal characters", 1, 5},
    {S("x = b'''\n\303\251'''\n"), "SyntaxError",
     "bytes can only contain ASCII literal characters", 1, 5},
    // f-strings and t-strings.
    {S("f'{x'\n"), "SyntaxError",
     "f-string: expecting '}'", 1, 5},
    {S("f'{'\n"), "SyntaxError",
     "f-string: expecting '}'", 1, 4},
    {S("f'}'\n"), "SyntaxError",
     "f-string: single '}' is not allowed", 1, 3},
    {S("f'a}b'\n"), "SyntaxError",
     "f-string: single '}' is not allowed", 1, 4},
    {S("f'{x}}'\n"), "SyntaxError",
     "f-string: single '}' is not allowed", 1, 6},
    {S("f'{x:}}'\n"), "SyntaxError",
     "f-string: single '}' is not allowed", 1, 7},
    {S("t'}'\n"), "SyntaxError",
     "t-string: single '}' is not allowed", 1, 3},
    {S("f'{x}\n"), "SyntaxError",
     "unterminated f-string literal (detected at line 1)", 1, 1},
    {S("f'abc\n"), "SyntaxError",
     "unterminated f-string literal (detected at line 1)", 1, 1},
    {S("f'''abc\n"), "SyntaxError",
     "unterminated triple-quoted f-string literal (detected at line 1)", 1, 1},
    {S("x = t'''abc\n"), "SyntaxError",
     "unterminated triple-quoted t-string literal (detected at line 1)", 1, 5},
    {S("f'{x}\\'\n"), "SyntaxError",
     "unterminated f-string literal (detected at line 1)", 1, 1},
    {S("f'{x)}'\n"), "SyntaxError",
     "f-string: unmatched ')'", 1, 5},
    {S("f'{)}'\n"), "SyntaxError",
     "f-string: unmatched ')'", 1, 4},
    {S("f'{x:{)}}'\n"), "SyntaxError",
     "f-string: unmatched ')'", 1, 7},
    {S("f'{(x}'\n"), "SyntaxError",
     "closing parenthesis '}' does not match opening parenthesis '('", 1, 6},
    {S("f'{x[1}'\n"), "SyntaxError",
     "closing parenthesis '}' does not match opening parenthesis '['", 1, 7},
    {S("f'{#}'\n"), "SyntaxError",
     "'{' was never closed", 1, 3},
    {S("f'''{x#}\n'''\n"), "SyntaxError",
     "f-string: expecting '}'", 2, 1},
    {S("f'{x:\n}'\n"), "SyntaxError",
     "f-string: newlines are not allowed in format specifiers for single quoted f-strings", 1, 6},
    {S("f'{x:{y:{z:{w}}}}'\n"), "SyntaxError",
     "f-string: expressions nested too deeply", 1, 11},
    {S("f'{x:'\n"), "SyntaxError",
     "f-string: expecting '}', or format specs", 1, 6},
    {S("t'{x:'\n"), "SyntaxError",
     "t-string: expecting '}', or format specs", 1, 6},
    {S("f'{x:{y}abc'\n"), "SyntaxError",
     "f-string: expecting '}', or format specs", 1, 12},
    {S("f'''{x:\nabc'''\n"), "SyntaxError",
     "'{' was never closed", 1, 5},
    {S("f'{x:{'\n"), "SyntaxError",
     "f-string: expecting '}'", 1, 7},
    {S("f'{{}'\n"), "SyntaxError",
     "f-string: single '}' is not allowed", 1, 5},
    {S("f'\\N{DASH}}'\n"), "SyntaxError",
     "f-string: single '}' is not allowed", 1, 11},
    {S("f'{\\n}'\n"), "SyntaxError",
     "unexpected character after line continuation character", 1, 5},
    {S("f'{\342\202\254}'\n"), "SyntaxError",
     "invalid character '\342\202\254' (U+20AC)", 1, 4},
    {S("f'{1_}'\n"), "SyntaxError",
     "invalid decimal literal", 1, 5},
    // Numbers.
    {S("x = 1abc\n"), "SyntaxError",
     "invalid decimal literal", 1, 5},
    {S("x = 1_\n"), "SyntaxError",
     "invalid decimal literal", 1, 6},
    {S("x = 1__0\n"), "SyntaxError",
     "invalid decimal literal", 1, 6},
    {S("x = 1_a\n"), "SyntaxError",
     "invalid decimal literal", 1, 6},
    {S("x = 0x\n"), "SyntaxError",
     "invalid hexadecimal literal", 1, 6},
    {S("x = 0x_\n"), "SyntaxError",
     "invalid hexadecimal literal", 1, 7},
    {S("x = 0x1g\n"), "SyntaxError",
     "invalid hexadecimal literal", 1, 7},
    {S("x = 0o\n"), "SyntaxError",
     "invalid octal literal", 1, 6},
    {S("x = 0o8\n"), "SyntaxError",
     "invalid digit '8' in octal literal", 1, 7},
    {S("x = 0o1_8\n"), "SyntaxError",
     "invalid digit '8' in octal literal", 1, 9},
    {S("x = 0o1a\n"), "SyntaxError",
     "invalid octal literal", 1, 7},
    {S("x = 0b\n"), "SyntaxError",
     "invalid binary literal", 1, 6},
    {S("x = 0b12\n"), "SyntaxError",
     "invalid digit '2' in binary literal", 1, 8},
    {S("x = 0b1_\n"), "SyntaxError",
     "invalid binary literal", 1, 8},
    {S("x = 012\n"), "SyntaxError",
     LEADING_ZEROS, 1, 5},
    {S("x = 00_1\n"), "SyntaxError",
     LEADING_ZEROS, 1, 5},
    {S("x = 0_7\n"), "SyntaxError",
     LEADING_ZEROS, 1, 5},
    {S("x = 0_\n"), "SyntaxError",
     "invalid decimal literal", 1, 6},
    {S("x = 0a\n"), "SyntaxError",
     "invalid decimal literal", 1, 5},
    {S("x = 1.5abc\n"), "SyntaxError",
     "invalid decimal literal", 1, 7},
    {S("x = 1e\n"), "SyntaxError",
     "invalid decimal literal", 1, 5},
    {S("x = 1e+\n"), "SyntaxError",
     "invalid decimal literal", 1, 7},
    {S("x = 1e5a\n"), "SyntaxError",
     "invalid decimal literal", 1, 7},
    {S("x = 1._5\n"), "SyntaxError",
     "invalid decimal literal", 1, 6},
    {S("x = 1e_5\n"), "SyntaxError",
     "invalid decimal literal", 1, 5},
    {S("x = 1jx\n"), "SyntaxError",
     "invalid imaginary literal", 1, 6},
    {S("x = .5a\n"), "SyntaxError",
     "invalid decimal literal", 1, 6},
    {S("x = 1.__class__\n"), "SyntaxError",
     "invalid decimal literal", 1, 6},
    {S("x = 1e\342\202\254\n"), "SyntaxError",
     "invalid decimal literal", 1, 5},
    {S("\303\251 = 012\n"), "SyntaxError",
     LEADING_ZEROS, 1, 6},
    // Brackets.
    {S("x = (\n"), "SyntaxError",
     "'(' was never closed", 1, 5},
    {S("x = (1,\n  [2,\n"), "SyntaxError",
     "'[' was never closed", 2, 3},
    {S("foo(\n  a\n  b c\n"), "SyntaxError",
     "'(' was never closed", 1, 4},
    {S("x = [1, 2)\n"), "SyntaxError",
     "closing parenthesis ')' does not match opening parenthesis '['", 1, 10},
    {S("x = [1,\n 2)\n"), "SyntaxError",
     "closing parenthesis ')' does not match opening parenthesis '[' on line 1", 2, 3},
    {S("x = 1)\n"), "SyntaxError",
     "unmatched ')'", 1, 6},
    {S("x = }\n"), "SyntaxError",
     "unmatched '}'", 1, 5},
    {S("x = (1, \\"), "SyntaxError",
     "'(' was never closed", 1, 5},
    {S("x = (\n1 +\ny = 'abc'\n"), "SyntaxError",
     "'(' was never closed", 1, 5},
    // Indentation, and the block structure the parser sees in the tokens.
    {S("if x:\n  a\n b\n"), "IndentationError",
     "unindent does not match any outer indentation level", 3, 3},
    {S("if a:\r\n  b\r\n c\r\n"), "IndentationError",
     "unindent does not match any outer indentation level", 3, 3},
    {S("if x:\n\t a\n        b\n"), "IndentationError",
     "unindent does not match any outer indentation level", 3, 10},
    {S("if x:\n  a\n \\\n b\n"), "IndentationError",
     "unindent does not match any outer indentation level", 4, 3},
    {S("if x:\n\ta\n        b\n"), "TabError",
     "inconsistent use of tabs and spaces in indentation", 3, 1},
    {S("if x:\n        a\n\tb\n"), "TabError",
     "inconsistent use of tabs and spaces in indentation", 3, 1},
    {S("if x:\n  \ta\n\t  b\n"), "TabError",
     "inconsistent use of tabs and spaces in indentation", 3, 1},
    {S("if x:\n        if y:\n\t\tpass\n"), "TabError",
     "inconsistent use of tabs and spaces in indentation", 3, 1},
    {S("x = 1\n    y = 2\n"), "IndentationError",
     "unexpected indent", 2, 4},
    {S("  x = 1\n"), "IndentationError",
     "unexpected indent", 1, 2},
    {S("\tx = 1\n"), "IndentationError",
     "unexpected indent", 1, 1},
    {S("if x: pass\n    y\n"), "IndentationError",
     "unexpected indent", 2, 4},
    {S("x = (1 +\n   2)\n    y = 1\n"), "IndentationError",
     "unexpected indent", 3, 4},
    {S("  \\\nx = 1\n"), "IndentationError",
     "unexpected indent", 2, 1},
    {S("x = 1\n    'abc\n"), "IndentationError",
     "unexpected indent", 2, 4},
    {S("x = 1\n    y = 2\nz = 'abc\n"), "IndentationError",
     "unexpected indent", 2, 4},
    {S("try: pass\n  x\n"), "SyntaxError",
     "expected 'except' or 'finally' block", 2, 2},
    {S("if x:\n  @dec\ny = 1\n"), "IndentationError",
     "unexpected unindent", 3, 1},
    {S("class C:\n  @property\ndef f(): pass\n"), "IndentationError",
     "unexpected unindent", 3, 1},
    {S("if x:\ny = 1\n"), "IndentationError",
     "expected an indented block after 'if' statement on line 1", 2, 1},
    {S("if x:\n"), "IndentationError",
     "expected an indented block after 'if' statement on line 1", 1, 6},
    {S("if x:"), "IndentationError",
     "expected an indented block after 'if' statement on line 1", 1, 6},
    {S("if x:  # c\n"), "IndentationError",
     "expected an indented block after 'if' statement on line 1", 1, 11},
    {S("if x:\n\n# c\n\ny = 1\n"), "IndentationError",
     "expected an indented block after 'if' statement on line 1", 5, 1},
    {S("if x:\n  pass\nelif y:\nz\n"), "IndentationError",
     "expected an indented block after 'elif' statement on line 3", 4, 1},
    {S("if x:\n  pass\nelse:\nz\n"), "IndentationError",
     "expected an indented block after 'else' statement on line 3", 4, 1},
    {S("for x in y:\nz\n"), "IndentationError",
     "expected an indented block after 'for' statement on line 1", 2, 1},
    {S("while x:\nz\n"), "IndentationError",
     "expected an indented block after 'while' statement on line 1", 2, 1},
    {S("with x as y, z as w:\nz\n"), "IndentationError",
     "expected an indented block after 'with' statement on line 1", 2, 1},
    {S("async with x:\nz\n"), "IndentationError",
     "expected an indented block after 'with' statement on line 1", 2, 1},
    {S("async for x in y:\nz\n"), "IndentationError",
     "expected an indented block after 'for' statement on line 1", 2, 1},
    {S("async def f():\nz\n"), "IndentationError",
     "expected an indented block after function definition on line 1", 2, 1},
    {S("def f(a,\n  b):\nz\n"), "IndentationError",
     "expected an indented block after function definition on line 1", 3, 1},
    {S("class C(B):\nz\n"), "IndentationError",
     "expected an indented block after class definition on line 1", 2, 1},
    {S("try:\nz\n"), "IndentationError",
     "expected an indented block after 'try' statement on line 1", 2, 1},
    {S("try:\n  pass\nexcept E as e:\nz\n"), "IndentationError",
     "expected an indented block after 'except' statement on line 3", 4, 1},
    {S("try:\n  pass\nexcept* E:\nz\n"), "IndentationError",
     "expected an indented block after 'except*' statement on line 3", 4, 1},
    {S("try:\n  pass\nexcept *E:\nz\n"), "IndentationError",
     "expected an indented block after 'except*' statement on line 3", 4, 1},
    {S("try:\n  pass\nfinally:\nz\n"), "IndentationError",
     "expected an indented block after 'finally' statement on line 3", 4, 1},
    {S("match x:\nz\n"), "IndentationError",
     "expected an indented block after 'match' statement on line 1", 2, 1},
    {S("match x:\n  case 1:\n  z\n"), "IndentationError",
     "expected an indented block after 'case' statement on line 2", 3, 3},
    {S("@d\ndef f():\nz\n"), "IndentationError",
     "expected an indented block after function definition on line 2", 3, 1},
    {S("if a:\n  if b:\nc\n"), "IndentationError",
     "expected an indented block after 'if' statement on line 2", 3, 1},
    {S("class A:\n  def f(self):\n    pass\n  def g(self):\n"), "IndentationError",
     "expected an indented block after function definition on line 4", 4, 15},
    {S("if y := f():\nx\n"), "IndentationError",
     "expected an indented block after 'if' statement on line 1", 2, 1},
    {S("def f[T](x):\nz\n"), "IndentationError",
     "expected an indented block after function definition on line 1", 2, 1},
    {S("if x:\ny = 1\nz = 'abc\n"), "SyntaxError",
     "unterminated string literal (detected at line 3)", 3, 5},
    // Line continuations and characters.
    {S("x = 1 \\ y\n"), "SyntaxError",
     "unexpected character after line continuation character", 1, 8},
    {S("x = '''a\nb''' \\ y\n"), "SyntaxError",
     "unexpected character after line continuation character", 2, 10},
    {S("x = 1 + \\\n  2 \\ y\n"), "SyntaxError",
     "unexpected character after line continuation character", 2, 9},
    {S("x = \\\n"), "SyntaxError",
     "unexpected EOF while parsing", 1, 6},
    {S("x = \\"), "SyntaxError",
     "unexpected EOF while parsing", 1, 6},
    {S("if x:\n  y\n\\\n"), "SyntaxError",
     "unexpected EOF while parsing", 3, 2},
    {S("x = 1\n  \\\n"), "SyntaxError",
     "unexpected EOF while parsing", 2, 4},
    {S("x = \342\202\254\n"), "SyntaxError",
     "invalid character '\342\202\254' (U+20AC)", 1, 5},
    {S("x = a\342\202\254\n"), "SyntaxError",
     "invalid character '\342\202\254' (U+20AC)", 1, 6},
    {S("x\302\262 = 1\n"), "SyntaxError",
     "invalid character '\302\262' (U+00B2)", 1, 2},
    {S("\302\267x = 1\n"), "SyntaxError",
     "invalid character '\302\267' (U+00B7)", 1, 1},
    {S("\315\272 = 1\n"), "SyntaxError",
     "invalid character '\315\272' (U+037A)", 1, 1},
    {S("x\357\276\236 = \357\276\236\n"), "SyntaxError",
     "invalid character '\357\276\236' (U+FF9E)", 1, 6},
    {S("x = \360\237\230\200\n"), "SyntaxError",
     "invalid character '\360\237\230\200' (U+1F600)", 1, 5},
    {S("x = \342\200\234hi\342\200\235\n"), "SyntaxError",
     "invalid character '\342\200\234' (U+201C)", 1, 5},
    {S("x\302\240= 1\n"), "SyntaxError",
     "invalid non-printable character U+00A0", 1, 2},
    {S("x = a\342\200\213b\n"), "SyntaxError",
     "invalid non-printable character U+200B", 1, 6},
    {S("x = \343\200\200\n"), "SyntaxError",
     "invalid non-printable character U+3000", 1, 5},
    {S("if x:\n  pass\n\357\273\277\n"), "SyntaxError",
     "invalid non-printable character U+FEFF", 3, 1},
    {S("x = \001\n"), "SyntaxError",
     "invalid non-printable character U+0001", 1, 5},
    {S("x = 1\013\n"), "SyntaxError",
     "invalid non-printable character U+000B", 1, 6},
    {S("x = 1\177\n"), "SyntaxError",
     "invalid non-printable character U+007F", 1, 6},
    {S("x = 1 + \342\202\254\ny = 'abc\n"), "SyntaxError",
     "invalid character '\342\202\254' (U+20AC)", 1, 9},
    {S("1 +\nx = 'abc\n"), "SyntaxError",
     "unterminated string literal (detected at line 2)", 2, 5},
    {S("def f(:\n  pass\nx = 'abc\n"), "SyntaxError",
     "unterminated string literal (detected at line 3)", 3, 5},
    // Columns CPython measures from a line a multi-line token began on, and more.
    {S("x = \\\n  \\ y\n"), "SyntaxError",
     "unexpected character after line continuation character", 2, 7},
    {S("if x:\n  pass\n  \\ y\n"), "SyntaxError",
     "unexpected character after line continuation character", 3, 4},
    {S("x = f'''{\n1}''' \\ y\n"), "SyntaxError",
     "unexpected character after line continuation character", 2, 8},
    {S("x = (1 + \\\n  2 \\ y)\n"), "SyntaxError",
     "unexpected character after line continuation character", 2, 10},
    {S("f\"{b'\303\251' 'a}\"\n"), "SyntaxError",
     "bytes can only contain ASCII literal characters", 1, 4},
    {S("x = (1,\r\n  2]\r\n"), "SyntaxError",
     "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 4},
    {S("if x:\n\tpass\n       \tpass\n"), "TabError",
     "inconsistent use of tabs and spaces in indentation", 3, 1},
    {S("def f():\n    return f'''\n{x}\n'''\n  y\n"), "IndentationError",
     "unindent does not match any outer indentation level", 5, 4},
    {S("x = \"\"\"\n\"\"\"\n  y\n"), "IndentationError",
     "unexpected indent", 3, 2},
    {S("f'''{x:\n}}'''\n"), "SyntaxError",
     "f-string: single '}' is not allowed", 2, 2},
    {S("f'{f'{'}'}'\n"), "SyntaxError",
     "'{' was never closed", 1, 3},
    {S("x = 1.e\n"), "SyntaxError",
     "invalid decimal literal", 1, 6},
    {S("x = 0e\n"), "SyntaxError",
     "invalid decimal literal", 1, 5},
    {S("x = 1e1_\n"), "SyntaxError",
     "invalid decimal literal", 1, 8},
    {S("x = 0b2\n"), "SyntaxError",
     "invalid digit '2' in binary literal", 1, 7},
    {S("x = 0xg\n"), "SyntaxError",
     "invalid hexadecimal literal", 1, 6},
};

// Sources whose tokens CPython accepts (some fail later, in its parser).
static const TokensRow valid_sources[] = {
    {S(""), NULL, NULL, 0, 0},
    {S("\n\n"), NULL, NULL, 0, 0},
    {S("# only a comment"), NULL, NULL, 0, 0},
    {S("x = 1\r\ny = 2\r\n"), NULL, NULL, 0, 0},
    {S("x = 1\ry = 2\r"), NULL, NULL, 0, 0},
    {S("\357\273\277x = 1\n"), NULL, NULL, 0, 0},
    {S("# coding: utf-8\nx = '\303\251'\n"), NULL, NULL, 0, 0},
    {S("#!/usr/bin/env python3\n# -*- coding: utf8 -*-\nx = 1\n"), NULL, NULL, 0, 0},
    {S("\303\251t\303\251 = 1\n"), NULL, NULL, 0, 0},
    {S("\342\204\230 = \342\204\256 = 1\n"), NULL, NULL, 0, 0},
    {S("x\302\267 = x\342\200\214 = 1\n"), NULL, NULL, 0, 0},
    {S("x = 'a' \"b\" '''c\nd''' \"\"\"e\"\"\"\n"), NULL, NULL, 0, 0},
    {S("x = 'abc\\\ndef'\n"), NULL, NULL, 0, 0},
    {S("x = rb'\\d' + Rb'a' + bR'a' + u'x' + R'y'\n"), NULL, NULL, 0, 0},
    {S("x = f'{a!r:>{w}} {b=} {{}} {c:{d}.{e}f}'\n"), NULL, NULL, 0, 0},
    {S("x = f'{f'{x}'}' + f\"{'a' + \"b\"}\"\n"), NULL, NULL, 0, 0},
    {S("x = f'''{x\n}'''\n"), NULL, NULL, 0, 0},
    {S("x = f'{x\n}'\n"), NULL, NULL, 0, 0},
    {S("x = t'{x}' + tr'{x}' + Rt'{x}'\n"), NULL, NULL, 0, 0},
    {S("x = f'\\N{BULLET} \\{x}'\n"), NULL, NULL, 0, 0},
    {S("x = f'{x:=1}' + f'{(y:=1)}'\n"), NULL, NULL, 0, 0},
    {S("x = f'{x:{y:{z}}}'\n"), NULL, NULL, 0, 0},
    {S("x = 0x1f + 0o17 + 0b101 + 0_0 + 00 + 1_000 + 1.5e-3j + .5 + 1. + 0"
        "e5 + 09.5 + 00j\n"), NULL, NULL, 0, 0},
    {S("x = 1if y else 2\n"), NULL, NULL, 0, 0},
    {S("x = [0x1for x in y]\n"), NULL, NULL, 0, 0},
    {S("x = 1 .real + 1..real\n"), NULL, NULL, 0, 0},
    {S("x = (1,\n  2)\n    # comment\ny = 3\n"), NULL, NULL, 0, 0},
    {S("if x:\n    pass\n  \n\n"), NULL, NULL, 0, 0},
    {S("if x: pass\nelif y: pass\nelse: pass\n"), NULL, NULL, 0, 0},
    {S("if x:\n\tif y:\n\t        pass\n"), NULL, NULL, 0, 0},
    {S("def f():\n\tif x:\n        \treturn 1\n"), NULL, NULL, 0, 0},
    {S("if x:\n\014  a\n  b\n"), NULL, NULL, 0, 0},
    {S("if x:\n  \\\n   a\n"), NULL, NULL, 0, 0},
    {S("x = 1 \\\n\n"), NULL, NULL, 0, 0},
    {S("if 1: \\\n  pass\n"), NULL, NULL, 0, 0},
    {S("@d\nclass C:\n    x: int\n"), NULL, NULL, 0, 0},
    {S("match x:\n    case [1, 2]:\n        pass\n"), NULL, NULL, 0, 0},
    {S("match = 1\ncase = 2\n"), NULL, NULL, 0, 0},
    {S("async def f():\n    async with a:\n        pass\n"), NULL, NULL, 0, 0},
    {S("try:\n    pass\nexcept* E:\n    pass\n"), NULL, NULL, 0, 0},
    {S("# coding: latin-1\nx = 1\n"), NULL, NULL, 0, 0},
    {S("x = 0o_1 + 0b_1\n"), NULL, NULL, 0, 0},
    {S("x = 1_000.000_1e1_0j\n"), NULL, NULL, 0, 0},
};

// moat's own rules, where CPython's answer depends on how the source reaches it.
static const TokensRow moat_rules[] = {
    // CPython's file reader names the line with the byte; compile() of bytes says "source code
    // string cannot contain null bytes" with no line.
    {S("x = 1\n\0\n"), "SyntaxError", "source code cannot contain null bytes", 2, 1},
    {S("x = 'abc\n\0"), "SyntaxError", "source code cannot contain null bytes", 2, 1},
    // moat reads UTF-8 only: another declared encoding is fine for ASCII text alone.
    {S("# coding: latin-1\nx = '\351'\n"), "SyntaxError",
     "encoding problem: iso-8859-1 (moat reads source as UTF-8 only)", 1, 1},
    {S("#!/bin/python\n# vim: set fileencoding=cp1252 :\nx = '\342\202\254'\n"), "SyntaxError",
     "encoding problem: cp1252 (moat reads source as UTF-8 only)", 2, 1},
};

// Sources built by repeating a piece: head, open * count, mid, close * count, tail.
typedef struct BigRow {
    const char *head, *open, *mid, *close;
    size_t count;
    const char *tail, *exc, *msg;
    uint32_t line;
    int offset;
} BigRow;

static const BigRow big_rows[] = {
    {"x = ", "1", "", "", 4300, "\n", NULL, NULL, 0, 0},
    {"x = ", "1", "", "", 4301, "\n", "SyntaxError",
     EXCEEDS_4301, 1, 1},
    {"x = 1", "_1", "", "", 4300, "\n", "SyntaxError",
     EXCEEDS_4301, 1, 1},
    {"x = ", "1", "", "", 4301, "\ny = 'abc\n", "SyntaxError",
     "unterminated string literal (detected at line 2)", 2, 5},
    {"if x:\n  y = ", "1", "", "", 4301, "\n z\n", "SyntaxError",
     EXCEEDS_4301, 2, 1},
    {"x = ", "1", "", "", 4301, ".5j\n", NULL, NULL, 0, 0},
    {"x = 0", "0", "", "", 5000, "\n", NULL, NULL, 0, 0},
    {"x = ", "(", "1", ")", 200, "\n", NULL, NULL, 0, 0},
    {"x = ", "(", "1", ")", 201, "\n", "SyntaxError",
     "too many nested parentheses", 1, 205},
    {"x = ", "(", "", "", 200, "\n", "SyntaxError",
     "'(' was never closed", 1, 204},
    {"x = ", "f'{", "1", "}'", 149, "\n", NULL, NULL, 0, 0},
    {"x = ", "f'{", "1", "}'", 150, "\n", "SyntaxError",
     "too many nested f-strings or t-strings", 1, 453},
    {"x = ", "t'{", "1", "}'", 150, "\n", "SyntaxError",
     "too many nested f-strings or t-strings", 1, 453},
};

static Arena a;
static DiagList dl;

static void setup(void) {
    arena_init(&a);
    diag_list_init(&dl, &a);
}

static void teardown(void) {
    arena_fini(&a);
}

// CPython's offset for a span: the characters before its column, plus one. A BOM on line 1
// is not part of CPython's line.
static int cpython_offset(const char *src, size_t len, Span span) {
    size_t p = 0;
    for (uint32_t line = 1; line < span.line && p < len; p++) {
        if (src[p] == '\n' || (src[p] == '\r' && (p + 1 >= len || src[p + 1] != '\n'))) line++;
    }
    size_t end = p + span.col;
    if (span.line == 1 && len >= 3 && memcmp(src, "\357\273\277", 3) == 0) p = 3;
    int chars = 1;
    for (; p < end && p < len; p++) chars += ((unsigned char)src[p] & 0xC0) != 0x80;
    return chars;
}

static void expect(const char *src, size_t len, const char *exc, const char *msg, uint32_t line,
                   int offset) {
    ck_assert(tokens_check(src, len, &dl));
    if (!exc) {
        ck_assert_msg(dl.count == 0, "unexpected %s: %s", dl.count ? dl.items[0].message : "",
                      src);
        return;
    }
    ck_assert_uint_eq(dl.count, 1);
    const Diag *d = &dl.items[0];
    ck_assert_str_eq(d->exc, exc);
    ck_assert_str_eq(d->message, msg);
    ck_assert_uint_eq(d->span.line, line);
    ck_assert_int_eq(cpython_offset(src, len, d->span), offset);
    ck_assert_str_eq(d->code, "syntax-error");
    ck_assert_int_eq(d->phase, DIAG_PHASE_PARSE);
}

static void expect_row(const TokensRow *row) {
    expect(row->src, row->len, row->exc, row->msg, row->line, row->offset);
}

START_TEST(test_tokens_reports_cpythons_first_error) {
    expect_row(&cpython_errors[_i]);
}
END_TEST

START_TEST(test_tokens_accepts_valid_sources) {
    expect_row(&valid_sources[_i]);
}
END_TEST

START_TEST(test_tokens_applies_moat_encoding_rules) {
    expect_row(&moat_rules[_i]);
}
END_TEST

// head + piece * count + tail in the arena.
static char *build(const BigRow *row, size_t *len) {
    size_t nh = strlen(row->head), no = strlen(row->open), nm = strlen(row->mid);
    size_t nc = strlen(row->close), nt = strlen(row->tail);
    *len = nh + row->count * (no + nc) + nm + nt;
    char *s = arena_alloc(&a, *len), *p = s;
    memcpy(p, row->head, nh), p += nh;
    for (size_t i = 0; i < row->count; i++) memcpy(p, row->open, no), p += no;
    memcpy(p, row->mid, nm), p += nm;
    for (size_t i = 0; i < row->count; i++) memcpy(p, row->close, nc), p += nc;
    memcpy(p, row->tail, nt);
    return s;
}

START_TEST(test_tokens_enforces_cpython_limits) {
    const BigRow *row = &big_rows[_i];
    size_t len;
    char *src = build(row, &len);
    expect(src, len, row->exc, row->msg, row->line, row->offset);
}
END_TEST

// Indentation `depth` levels deep, one space per level.
static char *nested_ifs(size_t depth, size_t *len) {
    *len = depth * (depth - 1) / 2 + depth * 6 + depth + 5;
    char *s = arena_alloc(&a, *len), *p = s;
    for (size_t i = 0; i < depth; i++) {
        memset(p, ' ', i), p += i;
        memcpy(p, "if x:\n", 6), p += 6;
    }
    memset(p, ' ', depth), p += depth;
    memcpy(p, "pass\n", 5);
    return s;
}

START_TEST(test_tokens_allows_99_indentation_levels) {
    size_t len;
    char *src = nested_ifs(99, &len);
    expect(src, len, NULL, NULL, 0, 0);
}
END_TEST

START_TEST(test_tokens_rejects_100_indentation_levels) {
    size_t len;
    char *src = nested_ifs(100, &len);
    expect(src, len, "IndentationError", "too many levels of indentation", 101, 1);
}
END_TEST

// Hostile input: every case below must be linear and use no recursion.

static char *repeat(const char *head, const char *piece, size_t n, const char *tail,
                    size_t *len) {
    BigRow row = {head, piece, "", "", n, tail, NULL, NULL, 0, 0};
    return build(&row, len);
}

START_TEST(test_tokens_survives_100000_nested_brackets) {
    size_t len;
    char *src = repeat("", "(", 100000, "", &len);
    expect(src, len, "SyntaxError", "too many nested parentheses", 1, 201);
}
END_TEST

START_TEST(test_tokens_survives_100000_nested_fstrings) {
    size_t len;
    char *src = repeat("", "f'{", 100000, "", &len);
    expect(src, len, "SyntaxError", "too many nested f-strings or t-strings", 1, 149 * 3 + 2);
}
END_TEST

START_TEST(test_tokens_survives_10000_indentation_levels) {
    size_t len;
    char *src = nested_ifs(10000, &len);
    expect(src, len, "IndentationError", "too many levels of indentation", 101, 1);
}
END_TEST

START_TEST(test_tokens_survives_a_million_digit_literal) {
    size_t len;
    char *src = repeat("x = ", "7", 1000000, "\n", &len);
    expect(src, len, "SyntaxError",
           "Exceeds the limit (4300 digits) for integer string conversion: value has 1000000 "
           "digits" INT_LIMIT,
           1, 1);
}
END_TEST

START_TEST(test_tokens_survives_a_1mb_line) {
    size_t len;
    char *src = repeat("x = 1", " + f'{a!r:>{w}}'", 60000, "\n", &len);
    expect(src, len, NULL, NULL, 0, 0);
    src = repeat("x = 'abc", "\\'", 500000, "\n", &len);
    expect(src, len, "SyntaxError",
           "unterminated string literal (detected at line 1); perhaps you escaped the end quote?",
           1, 5);
}
END_TEST

START_TEST(test_tokens_scans_5mb_of_code) {
    static const char unit[] =  // 9 lines
        "class C(Base):\n"
        "    def method(self, x: int = 0x_1f) -> str:  # comment \342\202\254\n"
        "        '''doc\n        string'''\n"
        "        if x:\n            return f'{x!r:>{10}} {{}} {self.y=}' + rb'\\d' \\\n"
        "                + str([1_000, 2.5e-3j,\n                       {'k': (3, 4)}])\n"
        "        return ''\n";
    size_t n = 5 * 1024 * 1024 / (sizeof unit - 1), len;
    char *src = repeat("", unit, n, "", &len);
    expect(src, len, NULL, NULL, 0, 0);
    src = repeat("", unit, n, "x = (\n", &len);
    expect(src, len, "SyntaxError", "'(' was never closed", 9 * (uint32_t)n + 1, 5);
}
END_TEST

// What CPython reports when its parser failed first, at (line, col) of a byte column.
typedef struct PickRow {
    const char *src;
    uint32_t parser_line, parser_col;  // 0: no parser error of the caller's
    const char *msg;                   // NULL: the parser's error wins
} PickRow;

static const PickRow pick_rows[] = {
    // A tokenizer error that sets an exception replaces the parser's earlier error...
    {"1 +\nx = 'abc\n", 1, 2, "unterminated string literal (detected at line 2)"},
    {"x = 1 +\n  y\nz = 'abc\n", 1, 6, "unterminated string literal (detected at line 3)"},
    {"def f(:\n  pass\nx = 'abc\n", 1, 6, "unterminated string literal (detected at line 3)"},
    // ... one that does not is reported only if the parser gets there.
    {"1 +\nx = 1 \\ y\n", 1, 2, NULL},
    {"1 +\nif x:\n  a\n b\n", 1, 2, NULL},
    {"1 +\nx = (\n", 1, 2, NULL},
    // Inside brackets it names the bracket if the parser failed on a later line.
    {"x = (\n1 +\ny = 'abc'\n", 3, 2, "'(' was never closed"},
    {"def f(#\n    if x:\n        return 1\n   else:\n       \\ return 2\n", 2, 4,
     "'(' was never closed"},
    {"x = [1 2,\n \\ y]\n", 1, 5, NULL},
    // Inside an f-string the parser's error stands.
    {"f\"{x!z 'a}\"\n", 1, 5, NULL},
    {"f\"{1 + 'a}\"\n", 1, 9, "unterminated string literal (detected at line 1)"},
    // CPython stops at an unexpected indent; other parser errors let tokenizer errors through.
    {"x = 1\n    y = 2\nz = 'abc\n", 0, 0, "unexpected indent"},
    {"if x:\ny = 1\nz = 'abc\n", 0, 0, "unterminated string literal (detected at line 3)"},
    {"x = 1\n    y = 2\n", 1, 0, NULL},
};

// Byte offset of (line, col).
static size_t offset_of(const char *src, uint32_t line, uint32_t col) {
    size_t p = 0;
    for (uint32_t l = 1; l < line; p++) l += src[p] == '\n';
    return p + col;
}

START_TEST(test_tokens_picks_what_cpython_reports_after_a_parser_error) {
    const PickRow *row = &pick_rows[_i];
    TokensResult res;
    ck_assert(tokens_scan(row->src, strlen(row->src), &a, &res));
    size_t at = row->parser_line ? offset_of(row->src, row->parser_line, row->parser_col)
                                 : SIZE_MAX;
    const TokensFinding *f = tokens_pick(&res, at, row->parser_line);
    if (!row->msg) {
        ck_assert_msg(f == NULL, "picked %s", f ? f->message : "");
    } else {
        ck_assert_ptr_nonnull(f);
        ck_assert_str_eq(f->message, row->msg);
    }
}
END_TEST

START_TEST(test_tokens_scan_reports_reach_and_offset) {
    TokensResult res;
    ck_assert(tokens_scan(S("x = 1\ny = 'abc\n"), &a, &res));
    ck_assert(res.lexical.found && !res.structural.found && !res.unclosed.found);
    ck_assert_int_eq(res.lexical.reach, TOKENS_OVERRIDES);
    ck_assert_uint_eq(res.lexical.offset, 10);
    ck_assert(tokens_scan(S("if x:\n  a\n b\n"), &a, &res));
    ck_assert_int_eq(res.lexical.reach, TOKENS_IN_ORDER);
    ck_assert(tokens_scan(S("f'{x'\n"), &a, &res));
    ck_assert_int_eq(res.lexical.reach, TOKENS_IN_FSTRING);
    ck_assert(tokens_scan(S("x = [1,\n  2 \\ 3]\n"), &a, &res));
    ck_assert(res.unclosed.found);
    ck_assert_str_eq(res.unclosed.message, "'[' was never closed");
    ck_assert(tokens_scan(S("x = 1\n  y\n"), &a, &res));
    ck_assert(res.structural.found && res.structural_final && !res.lexical.found);
}
END_TEST

START_TEST(test_tokens_check_fails_only_when_memory_runs_out) {
    a.budget = 1;
    ck_assert(tokens_check(S("x = 1\n"), &dl));
    ck_assert(!tokens_check(S("x = 'abc\n"), &dl));
    ck_assert(tokens_check(NULL, 0, &dl));
}
END_TEST

#define ROWS(t) (int)(sizeof t / sizeof *t)

Suite *tokens_suite(void) {
    Suite *s = suite_create("tokens");
    TCase *tc = tcase_create("cpython");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_loop_test(tc, test_tokens_reports_cpythons_first_error, 0, ROWS(cpython_errors));
    tcase_add_loop_test(tc, test_tokens_accepts_valid_sources, 0, ROWS(valid_sources));
    tcase_add_loop_test(tc, test_tokens_applies_moat_encoding_rules, 0, ROWS(moat_rules));
    tcase_add_loop_test(tc, test_tokens_enforces_cpython_limits, 0, ROWS(big_rows));
    tcase_add_test(tc, test_tokens_allows_99_indentation_levels);
    tcase_add_test(tc, test_tokens_rejects_100_indentation_levels);
    tcase_add_loop_test(tc, test_tokens_picks_what_cpython_reports_after_a_parser_error, 0,
                        ROWS(pick_rows));
    tcase_add_test(tc, test_tokens_scan_reports_reach_and_offset);
    tcase_add_test(tc, test_tokens_check_fails_only_when_memory_runs_out);
    suite_add_tcase(s, tc);
    TCase *hostile = tcase_create("hostile");
    tcase_add_checked_fixture(hostile, setup, teardown);
    tcase_set_timeout(hostile, 30);
    tcase_add_test(hostile, test_tokens_survives_100000_nested_brackets);
    tcase_add_test(hostile, test_tokens_survives_100000_nested_fstrings);
    tcase_add_test(hostile, test_tokens_survives_10000_indentation_levels);
    tcase_add_test(hostile, test_tokens_survives_a_million_digit_literal);
    tcase_add_test(hostile, test_tokens_survives_a_1mb_line);
    tcase_add_test(hostile, test_tokens_scans_5mb_of_code);
    suite_add_tcase(s, hostile);
    return s;
}
