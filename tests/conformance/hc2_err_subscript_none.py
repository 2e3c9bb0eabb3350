# uncaught error: subscript none
def get_user(uid):
    return None if uid > 10 else {"id": uid}
user = get_user(42)
print(user["id"])
