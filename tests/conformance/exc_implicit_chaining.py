def cleanup():
    return undefined_helper()
def run():
    try:
        return [1, 2][5]
    except IndexError:
        cleanup()
run()
