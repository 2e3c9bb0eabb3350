class C:
    def run(self):
        return helper(1)
C().run()
