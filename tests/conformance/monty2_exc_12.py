# exception add_note and notes in traceback
class ParseError(Exception):
    pass

def parse_line(n, line):
    try:
        return int(line)
    except ValueError as e:
        err = ParseError(f"line {n}")
        err.add_note(f"content: {line!r}")
        raise err from e

try:
    parse_line(3, "abc")
except ParseError as e:
    assert e.__notes__ == ["content: 'abc'"]
    print(e, e.__notes__)
parse_line(7, "x y")
