# missing key inside a longer expression
print(sorted({'port': 1, 'host': 2}))
config = {"host": "localhost", "port": 8080}
print(config["host"])
url = "http://" + config["host"] + ":" + str(config["prot"])
