# === str.count/find with unicode ===
s = 'naïve café naïve'
assert s.count('ï') == 2, 'count non-ascii'
assert s.find('café') == 6, 'find'
assert s.rfind('naïve') == 11, 'rfind'
assert s.upper() == 'NAÏVE CAFÉ NAÏVE', 'upper'
assert len(s.encode('utf-8')) == 20, 'utf8 length'
assert s.index('é') == 9, 'index'
s.split('ï')
