# tokenizer written by an agent
def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            tokens.append(("NUM", src[i:j])); i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(("ID", src[i:j])); i = j
        elif c in "+-*/()=":
            tokens.append(("OP", c)); i += 1
        else:
            raise SyntaxError(f"bad char {c!r} at {i}")
    return tokens
print(tokenize("x1 = (3.5 + y_2) * 10"))
tokenize("a $ b")
