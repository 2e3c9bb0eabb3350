def run():
    try:
        raise ExceptionGroup("many", [ValueError("a"), KeyError("b")])
    except* ValueError:
        print("handled values")

run()
