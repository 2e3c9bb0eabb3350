text = " a b "
words = (
    text.strip()
        .split(" ")
        .count()
)
