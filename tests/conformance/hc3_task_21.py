def make_slug(title, max_len=30):
    import re
    s = title.lower().strip()
    s = re.sub(r"[^a-z0-9\s-]", "", s)
    s = re.sub(r"[\s-]+", "-", s).strip("-")
    if len(s) > max_len:
        s = s[:max_len].rsplit("-", 1)[0]
    return s
for t in ["Hello, World!", "  Python 3.14: What's New?  ", "a--b  c", "A very long title that goes on and on forever"]:
    print(repr(make_slug(t)))
