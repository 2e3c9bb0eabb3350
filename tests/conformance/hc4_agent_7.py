import re
text = "Contact: ann@example.com, bob.smith@mail.org; phone 555-1234 or 555-9876."
emails = re.findall(r"[\w.]+@[\w.]+\w", text)
phones = re.findall(r"\d{3}-\d{4}", text)
masked = re.sub(r"(\w)[\w.]*@", r"\1***@", text)
print(emails, phones)
print(masked)
m = re.search(r"(?P<user>\w+)@(?P<host>[\w.]+)", text)
print(m.group("user"), m.group("host"), m.span(), m.groupdict())
re.split(r"[,;]\s*", text)
