# stubs: search.pyi
data = lookup("mixed")
if isinstance(data, dict):
    for k, v in data.items():
        print(k, v)
elif isinstance(data, list):
    print(len(data))
elif isinstance(data, str):
    print(data.strip())
