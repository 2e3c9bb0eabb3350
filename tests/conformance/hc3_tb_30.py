raise KeyError("quoted key")
