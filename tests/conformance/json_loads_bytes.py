import json


def show(f):
    try:
        print(repr(f()))
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, "|", repr(e.msg), e.pos, e.lineno, e.colno)
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


for b in [b'[1, "\xc3\xa9"]', b'\xef\xbb\xbf[1]', b'"\xed\xa0\x80"', b'"\xf0\x9f\x98\x80"',
          b'\xff\xfe[\x001\x00,\x00 \x00"\x00\xe9\x00"\x00]\x00', b'[\x001\x00]\x00', b'\x00[\x001\x00]',
          b'\xff\xfe\x00\x00[\x00\x00\x001\x00\x00\x00]\x00\x00\x00',
          b'1\x00\x00\x00', b'\x00\x00\x001', b'\xfe\xff\x00"\x00a\x00"', b'"\x00=\xd8\x00\xde"\x00',
          b'', b'\x00', b'x\x00', b'  {"a": 1}  ']:
    show(lambda: json.loads(b))
