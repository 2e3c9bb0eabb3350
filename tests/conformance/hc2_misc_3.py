# global constants and integer caching free checks
MAX_RETRIES = 3
DEFAULTS = {"timeout": 30, "verbose": False}
def settings(**over):
    s = dict(DEFAULTS)
    for k, v in over.items():
        if k not in s:
            raise KeyError(f"unknown setting: {k}")
        s[k] = v
    return s
print(settings(), settings(timeout=5), DEFAULTS)
settings(colour="red")
