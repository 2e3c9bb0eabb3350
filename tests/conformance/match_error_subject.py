# The subject is evaluated first, once
match undefined_name:
    case _:
        pass
