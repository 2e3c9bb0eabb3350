class CustomError(Exception):
    def __str__(self):
        return "custom str"
raise CustomError("ignored arg")
