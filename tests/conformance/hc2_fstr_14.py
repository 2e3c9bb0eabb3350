# multiline f-strings and concatenation
user = {"name": "Bo", "roles": ["admin", "dev"]}
msg = (
    f"User: {user['name']}\n"
    f"Roles: {', '.join(user['roles'])}\n"
    "Static line\n"
    f"Count: {len(user['roles']):03d}"
)
print(msg)
report = f"""
Name:  {user['name']:>6}
Admin: {'admin' in user['roles']}
"""
report
