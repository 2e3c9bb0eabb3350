def send(to, subject, body):
    raise ConnectionError(f"cannot send to {to}")
send(
    to="a@b.c",
    subject="hi",
    body="...",
)
