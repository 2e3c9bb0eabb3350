# duplicate annotated parameter across lines
def handler(event: dict,
            context: str,
            event: list = None):
    return event
