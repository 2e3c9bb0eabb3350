# === string algorithms ===
def rle(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f'{j - i}{s[i]}')
        i = j
    return ''.join(out)
assert rle('aaabccdddd') == '3a1b2c4d', rle('aaabccdddd')
assert rle('') == '', 'empty'
def anagrams(words):
    groups = {}
    for w in words:
        groups.setdefault(''.join(sorted(w)), []).append(w)
    return [g for g in groups.values() if len(g) > 1]
assert anagrams(['listen', 'silent', 'enlist', 'google', 'gogole', 'cat']) == [['listen', 'silent', 'enlist'], ['google', 'gogole']], 'anagrams'
def lcs(a, b):
    dp = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            dp[i][j] = dp[i - 1][j - 1] + 1 if a[i - 1] == b[j - 1] else max(dp[i - 1][j], dp[i][j - 1])
    return dp[-1][-1]
assert lcs('ABCBDAB', 'BDCABA') == 4, 'lcs'
def is_rotation(a, b):
    return len(a) == len(b) and b in a + a
[is_rotation('waterbottle', 'erbottlewat'), is_rotation('abc', 'acb')]
