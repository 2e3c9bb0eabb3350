import json


def show(f):
    try:
        print(repr(f()))
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, "|", repr(e.msg), e.pos, e.lineno, e.colno)
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


for b in [b'"\xff"', b'"\xc3"', b'\xef\xbb\xbf\xff', b'\xff\xfe1\x00\x00', b'1\x00 \x00 ',
          b'1\x00\x00\x00\x00', b'\x00\x00\x00\x22\x00\x11\x00\x00\x00\x00\x00\x22',
          b'[1, 2] x', b'\xef\xbb\xbf']:
    show(lambda: json.loads(b))
