# === str unicode lengths and slicing ===
s = 'naïve 😀 café'
assert len(s) == 12, len(s)
assert s[6] == '😀', s[6]
assert s[::-1] == 'éfac 😀 evïan', s[::-1]
assert s.encode('utf-8')[:3] == b'na\xc3', 'bytes'
assert len(s.encode('utf-8')) == 17, len(s.encode('utf-8'))
assert len(s.encode('utf-16-le')) == 26, 'utf16'
assert s.upper() == 'NAÏVE 😀 CAFÉ', s.upper()
assert [c for c in s if ord(c) > 127] == ['ï', '😀', 'é'], 'non-ascii'
s.encode('ascii')
