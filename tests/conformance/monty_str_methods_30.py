# === palindromes and reversal ===
def is_pal(s):
    cleaned = ''.join(c.lower() for c in s if c.isalnum())
    return cleaned == cleaned[::-1]

assert is_pal('A man, a plan, a canal: Panama'), 'classic'
assert not is_pal('hello'), 'not pal'
assert is_pal(''), 'empty'
assert is_pal('Was it a car or a cat I saw?'), 'question'
[w for w in ['level', 'noon', 'python', 'racecar'] if is_pal(w)]
