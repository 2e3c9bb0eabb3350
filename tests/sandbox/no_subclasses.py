# run:
object.__subclasses__()
# expect: AttributeError
