for data in (b"\xff", b"\xe4\xbd", b"\xe4\xbd\x41", b"\xed\xa0\x80", b"ok\xc0\x80", b"\xf4\x90\x80\x80"):
    try:
        data.decode()
    except UnicodeDecodeError as e:
        print(e.encoding, e.start, e.end, e.reason)
b"\x80abc".decode("ascii")
