text = "to be or not to be that is the question"
freq = {}
for w in text.split():
    freq[w] = freq.get(w, 0) + 1
most = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
most[:3]
