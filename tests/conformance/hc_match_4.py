def http(status):
    match status:
        case 200 | 201:
            return "ok"
        case 404:
            return "not found"
        case int(x) if 500 <= x < 600:
            return "server error"
        case _:
            raise ValueError(f"unknown status {status}")
print(http(200), http(404), http(503))
http(302)
