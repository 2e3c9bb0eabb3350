config = {"db": None}
host = (config
        .get("db")
        .get("host"))
