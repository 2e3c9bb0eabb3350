def classify(x):
    match x:
        case int(n) if n / 0 > 1:
            return "big"
        case _:
            return "other"
classify(5)
