# === list repetition and big index errors ===
try:
    [0] * (2 ** 100)
except OverflowError as e:
    print('OverflowError', e)
try:
    'ab'[2 ** 63]
except IndexError as e:
    print('IndexError', e)
try:
    [1, 2][-(2 ** 70)]
except IndexError as e:
    print('IndexError', e)
print([1, 2, 3][2 ** 70:], [1, 2, 3][:-(2 ** 70)])
'a' * (2 ** 63)
