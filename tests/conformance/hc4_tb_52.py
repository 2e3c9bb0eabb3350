result = (
    "prefix"
    + str(10)
    + None
)
