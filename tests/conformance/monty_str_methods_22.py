# === casefold comparisons ===
words = ['Straße', 'STRASSE', 'strasse']
folded = {w.casefold() for w in words}
assert folded == {'strasse'}, folded
assert 'HELLO'.casefold() == 'hello', 'basic'
assert 'Σ'.lower() == 'σ', 'sigma'
assert 'ΟΔΟΣ'.lower() == 'οδος', 'final sigma'
'ǈ'.swapcase()
