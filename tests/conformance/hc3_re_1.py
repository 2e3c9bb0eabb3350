import re
text = "Contact: john@example.com, mary.s@test.org; invalid@; bob@site.co.uk"
emails = re.findall(r"[\w.]+@[\w]+(?:\.[\w]+)+", text)
print(emails)
m = re.search(r"(\w+)@(\w+)\.com", text)
print(m.group(0), m.group(1), m.groups(), m.span(), m.start(2))
print(re.sub(r"@\w+", "@***", text))
print(re.split(r"[,;]\s*", text))
print(re.fullmatch(r"\d{3}-\d{4}", "555-1234") is not None, re.match(r"\d", "a1"))
