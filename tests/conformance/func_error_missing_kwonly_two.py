# two missing keyword-only arguments
def connect(host, *, port, user):
    return host, port, user
print(connect("h", port=1, user="u"))
connect("h")
