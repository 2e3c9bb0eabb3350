# === dict get with counting ===
from_text = 'abracadabra'
freq = {}
for ch in from_text:
    freq[ch] = freq.get(ch, 0) + 1
assert freq == {'a': 5, 'b': 2, 'r': 2, 'c': 1, 'd': 1}, freq
most = max(freq, key=freq.get)
assert most == 'a', most
least = min(freq.items(), key=lambda kv: kv[1])
assert least == ('c', 1), least
sorted(freq, key=lambda k: (-freq[k], k))
