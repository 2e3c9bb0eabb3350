def numbers():
    for n in range(3):
        yield n

def stop(gen):
    gen.throw(ValueError("stop early"))

stop(numbers())
