result = (
    1 +
    2 *
    "x"
)
