# === find / index / count ===
s = 'the quick brown fox jumps over the lazy dog'
assert s.find('the') == 0, 'find first'
assert s.rfind('the') == 31, 'rfind'
assert s.find('the', 1) == 31, 'find start'
assert s.find('cat') == -1, 'find missing'
assert s.find('') == 0, 'find empty'
assert s.rfind('') == len(s), 'rfind empty'
assert s.count('o') == 4, 'count'
assert s.count('') == len(s) + 1, 'count empty'
assert 'aaaa'.count('aa') == 2, 'count non-overlapping'
assert s.index('quick') == 4, 'index'
assert s.find('o', 13, 15) == -1, 'find window'
assert s.find('o', -5) == 41, 'find negative start'
assert 'abc'.find('c', 10) == -1, 'start beyond'
assert 'abc'.find('', 3) == 3, 'empty at end'
assert 'abc'.find('', 4) == -1, 'empty beyond end'
try:
    s.index('cat')
    assert False, 'should raise'
except ValueError as e:
    assert str(e) == 'substring not found', str(e)
try:
    s.rindex('zzz')
except ValueError as e:
    assert str(e) == 'substring not found', str(e)
s.count('o', 0, 20)
