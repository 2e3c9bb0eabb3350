# string comparison helpers: palindromes and anagrams
def is_pal(s):
    t = "".join(c.lower() for c in s if c.isalnum())
    return t == t[::-1]
def anagram(a, b):
    return sorted(a.replace(" ", "").lower()) == sorted(b.replace(" ", "").lower())
print(is_pal("A man, a plan, a canal: Panama"), is_pal("hello"), is_pal(""))
print(anagram("Listen", "Silent"), anagram("Dormitory", "dirty room"), anagram("ab", "abc"))
def caesar(s, k):
    return "".join(chr((ord(c) - 97 + k) % 26 + 97) if c.islower() else c for c in s)
caesar("hello, world", 3)
