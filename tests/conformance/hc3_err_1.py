user = None
print(user.name)
