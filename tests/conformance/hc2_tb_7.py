# implicit exception chain printed for errors in except blocks
def cleanup(resource):
    raise RuntimeError(f"cleanup of {resource} failed")
def process():
    try:
        return 1 / 0
    except ZeroDivisionError:
        cleanup("db")
process()
