# int() of a non-numeric string inside a loop
raw = ["10", "20", "x"]
nums = []
for r in raw:
    nums.append(int(r))
