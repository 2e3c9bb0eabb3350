total = (
    1  # one
    + None  # none
)
