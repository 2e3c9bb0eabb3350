import string
def count_chars(s):
    return {
        "upper": sum(c.isupper() for c in s),
        "lower": sum(c.islower() for c in s),
        "digit": sum(c.isdigit() for c in s),
        "space": sum(c.isspace() for c in s),
        "punct": sum(c in string.punctuation for c in s),
    }
print(count_chars("Hello World! 123 ok?"))
vowels = set("aeiou")
word = "onomatopoeia"
print(sum(c in vowels for c in word), [c for c in word if c not in vowels])
print(sorted(set(word)), "".join(dict.fromkeys(word)))
