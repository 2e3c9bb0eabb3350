def fetch(url):
    raise ConnectionError(f"failed to connect to {url}")
def fetch_all(urls):
    results = []
    for u in urls:
        try:
            results.append(fetch(u))
        except ConnectionError as e:
            raise RuntimeError("batch failed") from e
    return results
fetch_all(["a", "b"])
