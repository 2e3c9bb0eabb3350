from collections import ChainMap
defaults = {"theme": "light", "lang": "en", "size": 10}
env = {"lang": "fr"}
cli = {"size": 12, "verbose": True}
cfg = ChainMap(cli, env, defaults)
print(cfg)
print(cfg["theme"], cfg["lang"], cfg["size"], cfg.get("missing"), cfg.get("verbose", False))
print(list(cfg), len(cfg), sorted(cfg.items()), "lang" in cfg, "x" in cfg, bool(ChainMap()), bool(cfg))
print(dict(cfg), {**cfg}["size"], list(cfg.keys()), list(cfg.values()))
cfg["theme"] = "dark"
print(cli, defaults["theme"])
del cfg["theme"]
print(cfg["theme"], cfg.maps[0] is cli, len(cfg.maps))
child = cfg.new_child({"lang": "de"})
print(child["lang"], child.parents["lang"], child.parents.parents, type(child).__name__)
print(cfg.new_child(), cfg.new_child(extra=1).maps[0], ChainMap())
c2 = cfg.copy()
c2["size"] = 99
print(cli["size"], c2["size"], c2.maps[1] is env, cfg == c2, cfg == dict(cfg), cfg != {})
print(cfg.pop("verbose"), cfg.pop("nope", "default"), cli)
for bad in [lambda: cfg["nope"], lambda: cfg.pop("lang"), lambda: ChainMap({}).popitem()]:
    try:
        bad()
    except KeyError as e:
        print("KeyError:", e)
try:
    del cfg["lang"]
except KeyError as e:
    print("KeyError:", e)
cfg.update(a=1)
cfg.clear()
print(cfg, cfg.maps)
