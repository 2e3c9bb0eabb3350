# stubs: search.pyi
entities = extract_entites("Ada Lovelace met Babbage")  # error: undefined-name
