# stubs: issues.pyi
class Formatter:
    prefix = "*"

    def fmt(self, text):
        return f"{self.prefix} {text}"


class Loud(Formatter):
    prefix = "!!"

    def fmt(self, text):
        return super().fmt(text.upper())


for f in (Formatter(), Loud()):
    print(f.fmt("build passed"))
