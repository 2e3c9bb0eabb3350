# uncaught error: init return
class Bad:
    def __init__(self):
        return 5
Bad()
