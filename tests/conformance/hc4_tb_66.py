names = ["ann", "bob"]
ages = {"ann": 30}
for name in names:
    print(f"{name} is {ages[name]} years old")
