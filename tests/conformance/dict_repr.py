d = {'s': 'str', 1: [1, 2], (1, 2): {'in': None}, None: 1.5}
print(d)
print(repr({'quote': "it's", 'dq': 'say "hi"'}))
r = {}
r['self'] = r
print(r, str(r))
lst = [r]
print(lst)
print({1: {2: {3: {}}}})
