def process(records):
    out = []
    for r in records:
        try:
            out.append(int(r))
        except ValueError:
            raise ValueError(f"bad record: {r!r}")
    return out

def main():
    return process(["1", "2", "x"])

main()
