import re
def valid_password(p):
    checks = [
        (r".{8,}", "at least 8 chars"),
        (r"[A-Z]", "an uppercase letter"),
        (r"[a-z]", "a lowercase letter"),
        (r"\d", "a digit"),
        (r"[^\w\s]", "a symbol"),
    ]
    return [msg for pat, msg in checks if not re.search(pat, p)]
for p in ["short", "longenough1", "G00d!pass", "ALLUPPER123!"]:
    print(p, valid_password(p))
date_rx = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
print(date_rx.sub(r"\3/\2/\1", "from 2024-01-15 to 2024-02-01"))
re.compile("(unclosed")
