# stubs: files.pyi
cfg = read_json("cfg.json")
for key, value in cfg.items():
    print(key.upper(), value)
name = cfg.get("name")
print(str(name))
