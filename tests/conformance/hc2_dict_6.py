# nested dict access with fallbacks
cfg = {"db": {"host": "localhost", "port": 5432, "opts": {"ssl": True}}, "debug": False}
def get_path(d, path, default=None):
    for part in path.split("."):
        if not isinstance(d, dict) or part not in d:
            return default
        d = d[part]
    return d
for p in ["db.host", "db.opts.ssl", "db.opts.timeout", "debug", "db.port.x"]:
    print(p, get_path(cfg, p, "?"))
cfg["db"]["opts"]["timeout"]
