class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code.upper()
raise MyErr(5)
