# === indexing and slicing ===
s = 'Python'
assert s[0] == 'P' and s[-1] == 'n', 'index'
assert s[1:4] == 'yth', 'slice'
assert s[::-1] == 'nohtyP', 'reverse'
assert s[::2] == 'Pto', 'step'
assert s[-3:] == 'hon', 'tail'
assert s[10:] == '', 'out of range slice'
assert s[-100:2] == 'Py', 'negative clamp'
assert s[4:1] == '', 'empty backwards'
assert s[4:1:-1] == 'oht', 'backwards step'
assert s[::-2] == 'nhy', 'reverse step 2'
assert s[slice(1, None, 2)] == 'yhn', 'slice object'
s[6]
