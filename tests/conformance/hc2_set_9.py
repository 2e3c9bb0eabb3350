# set operator type errors
try:
    {1} | [2]
except TypeError as e:
    print(e)
try:
    {1} + {2}
except TypeError as e:
    print(e)
print({1}.union([2]), {1, 2}.issubset([1, 2, 3]))
{1} - (1,)
