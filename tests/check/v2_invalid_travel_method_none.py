# stubs: travel.pyi
class Router:
    def code_for(self, city: str) -> str:
        code = airport_code(city)
        return code.lower()  # error: possibly-none


print(Router().code_for("Oslo"))
