# stubs: messaging.pyi
uid = find_user("ana@example.com")
print(format_mention(uid).strip())  # error: arg-type
