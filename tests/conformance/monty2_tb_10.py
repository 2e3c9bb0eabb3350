# error inside a match guard calling a method
class Req:
    def __init__(self, path):
        self.path = path
    def parts(self):
        return self.path.strip("/").split("/")

def route(req):
    match req.parts():
        case ["users", uid] if int(uid) > 0:
            return f"user {uid}"
        case ["users"]:
            return "list"
        case _:
            return "404"

assert route(Req("/users/5")) == "user 5"
assert route(Req("/users")) == "list"
print(route(Req("/nope")))
route(Req("/users/abc"))
