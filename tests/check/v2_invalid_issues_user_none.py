# stubs: issues.pyi
def display_name(login: str) -> str:
    user = get_user(login)
    return user["login"]  # error: possibly-none


print(display_name("hubot"))
