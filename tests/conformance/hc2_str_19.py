# startswith/endswith with tuples and ranges
urls = ["https://a.com", "http://b.org", "ftp://c.net", "file.txt", "IMG.PNG"]
for u in urls:
    print(u, u.startswith(("http://", "https://")), u.lower().endswith((".png", ".jpg")))
print("abcdef".startswith("cd", 2), "abcdef".startswith("cd", 2, 3), "abcdef".endswith("ef", -2))
print("abc".startswith(()), "abc".endswith(("",)))
"abc".startswith(["a"])
