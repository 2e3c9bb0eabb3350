config = {"db": {"host": "localhost", "port": 5432}}
config["db"]["port"]
print(config["cache"]["ttl"])
