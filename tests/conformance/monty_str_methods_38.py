# === string comparison helpers ===
def natural_key(s):
    parts = []
    num = ''
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            if num:
                parts.append(int(num))
                num = ''
            parts.append(ch)
    if num:
        parts.append(int(num))
    return parts
files = ['file10.txt', 'file2.txt', 'file1.txt', 'file20.txt']
assert sorted(files) == ['file1.txt', 'file10.txt', 'file2.txt', 'file20.txt'], 'lexicographic'
assert sorted(files, key=natural_key) == ['file1.txt', 'file2.txt', 'file10.txt', 'file20.txt'], 'natural'
sorted(['b', 'A', 'c'], key=str.casefold)
