# The tools of tests/host/tools.pyi. serve.py answers moat's calls with them; the oracle
# defines them as globals of each case (no imports: they would leak into the script's names).

WEATHER = {"Paris": 18.5, "Oslo": -3.0, "Lima": 24.0}


def get_weather(city, unit="C"):
    if city not in WEATHER:
        raise KeyError(city)
    t = WEATHER[city]
    return {"city": city, "temp": t if unit == "C" else t * 9 / 5 + 32, "unit": unit}


def search(query, *, limit=3, tags=None):
    hits = [{"id": i, "title": "%s result %d" % (query, i), "score": 1.0 / (i + 1)}
            for i in range(limit)]
    if tags:
        for h in hits:
            h["tags"] = sorted(tags)
    return hits


def echo(*args, **kwargs):
    return [list(args), kwargs]


def fail(kind, message):
    errors = {"ValueError": ValueError, "KeyError": KeyError, "TypeError": TypeError,
              "RuntimeError": RuntimeError, "ZeroDivisionError": ZeroDivisionError}
    raise errors[kind](message)


def big_number(n):
    return 7 ** n


def shapes():
    return {"tuple": (1, (2, 3)), "set": {4}, "frozen": frozenset([5]), "bytes": b"\x00ab",
            "float": 1.5, "nan_free": [0.1, -0.0, 1e300], "none": None, "flag": True,
            "int_keys": {1: "one", 2: "two"}}


def count_calls(log=[]):
    log.append(1)
    return len(log)


async def fetch_page(url):
    if not url.startswith("https://"):
        raise ValueError("not a URL: " + url)
    return {"url": url, "size": len(url) * 100}


async def score(item, weight=1):
    return len(item) * weight
