data = {"users": [{"name": "a"}]}
def get_email(d, i):
    return d["users"][i]["email"]
try:
    get_email(data, 0)
except KeyError as e:
    print("missing key", e, e.args[0])
get_email(data, 0).lower()
