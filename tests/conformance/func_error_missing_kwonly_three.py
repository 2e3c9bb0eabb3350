def connect(*, host, port, user, secure=True):
    return host, port, user, secure
print(connect(host="h", port=1, user="u"))
args = {}
connect(**args)
