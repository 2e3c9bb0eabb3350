# traceback position: fstring call
def name():
    return undefined_name
print(f"hello {name()}")
