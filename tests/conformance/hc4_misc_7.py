s = "The Quick Brown Fox"
acronym = "".join(w[0] for w in s.split())
vowels = sum(1 for c in s.lower() if c in "aeiou")
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.islower() else c for c in s)
palins = [w for w in ["level", "moat", "noon", "A man"] if w.lower() == w.lower()[::-1]]
print(acronym, vowels, caesar, palins)
from collections import Counter
def is_anagram(a, b):
    return Counter(a.replace(" ", "").lower()) == Counter(b.replace(" ", "").lower())
print(is_anagram("Dormitory", "dirty room"), is_anagram("ab", "abc"))
sorted(s.split(), key=str.casefold)
