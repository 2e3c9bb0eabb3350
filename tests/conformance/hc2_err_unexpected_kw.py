# uncaught error: unexpected kw
def connect(host, port=80):
    return f"{host}:{port}"
print(connect("h", 1))
connect("h", prot=8080)
