def parse(s):
    return int(s)
def load(lines):
    return [parse(l) for l in lines]
def main():
    data = load(["1", "2", "three"])
    return sum(data)
main()
