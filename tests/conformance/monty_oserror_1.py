# === OSError formatting ===
e = OSError(2, 'No such file or directory')
assert e.errno == 2, e.errno
assert e.strerror == 'No such file or directory', e.strerror
assert str(e) == '[Errno 2] No such file or directory', str(e)
e2 = OSError(2, 'No such file or directory', 'data.txt')
assert str(e2) == "[Errno 2] No such file or directory: 'data.txt'", str(e2)
assert e2.filename == 'data.txt', e2.filename
e3 = OSError('just a message')
assert str(e3) == 'just a message' and e3.errno is None, 'one arg'
raise FileNotFoundError(2, 'missing', 'x.cfg')
