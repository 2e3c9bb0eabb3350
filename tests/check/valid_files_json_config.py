# stubs: files.pyi
path = f"{workspace}/config.json"
if file_exists(path):
    config = read_json(path)
    name = config.get("name")
    print(name)
else:
    print("no config")
