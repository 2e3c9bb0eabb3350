text = """id: 1
title: First post
tags: python, code

id: 2
title: Second
tags: """
posts = []
for block in text.split("\n\n"):
    post = {}
    for line in block.strip().splitlines():
        k, _, v = line.partition(":")
        post[k.strip()] = v.strip()
    post["id"] = int(post["id"])
    post["tags"] = [t.strip() for t in post["tags"].split(",") if t.strip()]
    posts.append(post)
print(posts)
print({p["id"]: len(p["tags"]) for p in posts})
posts
