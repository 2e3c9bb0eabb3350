def get_data():
    return {"k": [1, 2]}
get_data()["k"][5]
