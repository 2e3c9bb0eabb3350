class Broken(Exception):
    def __str__(self):
        raise RuntimeError("cannot format")

raise Broken("hidden")
