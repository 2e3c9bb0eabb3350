from contextlib import contextmanager
@contextmanager
def connect(url):
    if not url:
        raise ValueError("no url")
    yield url
with connect("") as c:
    pass
