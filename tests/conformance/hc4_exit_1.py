def main(items):
    if not items:
        print("nothing to do")
        exit(2)
    return len(items)

print(main([1]))
main([])
print("unreachable")
