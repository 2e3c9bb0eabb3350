config = {"db": {"host": "localhost", "ports": [5432]}}
print(config["db"]["ports"][0])
port = config["db"]["ports"][1]
