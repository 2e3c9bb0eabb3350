# traceback position: match subject
def subject():
    raise LookupError("no subject")
match subject():
    case _:
        pass
