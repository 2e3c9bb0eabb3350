# int / int is correctly rounded, also for big operands
print(7 / 2, -7 / 2, 1 / 3, 2 / 3, 10 / 5)
print(2**53 / 1, (2**53 + 1) / 1, 2**63 / 3)
print(10**30 / 3, -10**30 / 7, (2**200 + 1) / 2**150)
print(10**400 / 10**399, 1 / 10**400, 3**300 / 7**200)
print(0 / -5, 0 / 5, True / 2)
print(2**1100 / 2**80)
try:
    print(10**400 / 1)
except OverflowError as e:
    print("OverflowError:", e)
