# traceback in nested data access with multiple subscripts
config = {"servers": [{"name": "a", "ports": [80, 443]}, {"name": "b", "ports": []}]}
print(config["servers"][0]["ports"][1])
first_port = config["servers"][1]["ports"][0]
