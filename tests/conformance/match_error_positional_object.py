# object has no __match_args__: no positional sub-patterns at all
match 7:
    case object(x):
        print(x)
