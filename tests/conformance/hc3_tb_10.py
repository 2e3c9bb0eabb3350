def handler():
    try:
        raise ConnectionError("net down")
    except ConnectionError:
        log = undefined_logger
handler()
