# one missing keyword-only argument
def connect(host, *, port):
    return host, port
print(connect("h", port=1))
connect("h")
