# traceback with a long binary expression spanning lines
values = {"a": 1, "b": "2"}
total = (values["a"]
         + values["b"])
