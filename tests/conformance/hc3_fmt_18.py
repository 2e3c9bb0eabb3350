s = "racecar"
print(s == s[::-1])
def is_pal(t):
    clean = [c.lower() for c in t if c.isalnum()]
    return clean == clean[::-1]
for t in ["A man, a plan, a canal: Panama", "hello", "", "No 'x' in Nixon"]:
    print(repr(t), is_pal(t))
def longest_pal(s):
    best = ""
    for i in range(len(s)):
        for j in range(i, len(s)):
            sub = s[i:j + 1]
            if sub == sub[::-1] and len(sub) > len(best):
                best = sub
    return best
longest_pal("forgeeksskeegfor")
