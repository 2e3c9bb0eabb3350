class User:
    def __init__(self, name, email):
        self.name = name
        self.email = email

    def domain(self):
        return self.email.split("@")[1]

users = [User("a", "a@x.com"), User("b", None)]
for u in users:
    print(u.domain())
