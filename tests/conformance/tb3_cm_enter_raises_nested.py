from contextlib import contextmanager
def check(url):
    if "://" not in url:
        raise ValueError(f"bad url {url!r}")
@contextmanager
def connect(url):
    check(url)
    yield url
def main():
    with connect("localhost") as c:
        print(c)
main()
