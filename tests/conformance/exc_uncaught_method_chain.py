# the failing attribute is in the middle of a call chain
print('ann'.title().center(7, '*'))
data = {"users": [{"name": "ann"}, {"name": None}]}
for user in data["users"]:
    print(user["name"].title().center(7, "*"))
