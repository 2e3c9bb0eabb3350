# uncaught error: method no self
class Tool:
    def run():
        return 1
Tool().run()
