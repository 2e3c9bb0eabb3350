text = "The quick brown fox jumps over the lazy dog"
counts = {}
for ch in text.lower():
    if ch.isalpha():
        counts[ch] = counts.get(ch, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
print(len(set(text.lower()) - {" "}))
text.split()[::2]
