def main():
    data = [3, 1, 2]
    print(sorted(data))
    return 0

if __name__ == "__main__":
    print("running as", __name__)
    main()
print(__name__, __doc__)
