# stubs: issues.pyi
logins = ["octocat", "hubot", "ghost"]
for login in logins:
    user = get_user(login)
    if user is None:
        print(login, "not found")
        continue
    display = user["name"] if user["name"] else user["login"]
    print(f"{user['id']:>6} {display}")
