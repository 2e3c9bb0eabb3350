# traceback of a method call on None
def find(items, key):
    for it in items:
        if it["id"] == key:
            return it
users = [{"id": 1, "name": "a"}]
print(find(users, 1)["name"])
print(find(users, 2)["name"])
