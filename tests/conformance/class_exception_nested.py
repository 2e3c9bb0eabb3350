class Service:
    class Error(Exception):
        pass

    class Timeout(Error):
        def __init__(self, seconds):
            super().__init__(f"timed out after {seconds}s")
            self.seconds = seconds

    def call(self):
        raise Service.Timeout(3)

try:
    Service().call()
except Service.Error as e:
    print(type(e).__qualname__, e, e.seconds, repr(e))
Service().call()
