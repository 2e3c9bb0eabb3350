for i in range(5):
    pass
print(i)
for j in []:
    pass
try:
    print(j)
except NameError as e:
    print("NameError:", e)
k = 100
for k in range(3):
    pass
print(k)
for a, b in [(1, 2), (3, 4)]:
    pass
(a, b)
