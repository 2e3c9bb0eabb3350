cfg = {"db": {"host": "x"}}
port = cfg["db"]["port"]
