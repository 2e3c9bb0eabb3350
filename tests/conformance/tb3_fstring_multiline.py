user = {"name": "a"}
msg = (
    f"Hello {user['name']}, "
    f"your id is {user['id']}"
)
