# === Case conversion ===
assert 'hello world'.upper() == 'HELLO WORLD', 'upper'
assert 'HeLLo'.lower() == 'hello', 'lower'
assert 'hello world'.title() == 'Hello World', 'title'
assert "they're bill's".title() == "They'Re Bill'S", 'title apostrophe'
assert 'hELLO'.capitalize() == 'Hello', 'capitalize'
assert 'Hello'.swapcase() == 'hELLO', 'swapcase'
assert 'ß'.upper() == 'SS', 'sharp s upper'
assert 'ß'.casefold() == 'ss', 'casefold'
assert 'ǅ'.lower() == 'ǆ', 'titlecase digraph lower'
assert ''.upper() == '', 'empty upper'
assert '123abc'.capitalize() == '123abc', 'capitalize digit first'
assert 'ﬁ'.upper() == 'FI', 'ligature upper'
'İ'.lower()
