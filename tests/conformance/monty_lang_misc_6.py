# === attribute errors with suggestions ===
items = [3, 1, 2]
try:
    items.add(4)
except AttributeError as e:
    print(e)
try:
    'text'.startwith('t')
except AttributeError as e:
    print(e)
try:
    {}.has_key('a')
except AttributeError as e:
    print(e)
(5).bit_lenght()
