def chunk_text(s, n):
    return [s[i:i + n] for i in range(0, len(s), n)]
print(chunk_text("abcdefghij", 3))
print(list(map("".join, zip(*[iter("abcdefgh")] * 2))))
def rle(s):
    out = []
    for ch in s:
        if out and out[-1][0] == ch:
            out[-1][1] += 1
        else:
            out.append([ch, 1])
    return [(c, n) for c, n in out]
print(rle("aaabbbcca"))
print(rle(""))
