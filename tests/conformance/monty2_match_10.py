# interpreter for a tiny stack language using match
def run(prog):
    stack = []
    for ins in prog:
        match ins.split():
            case ["push", n]:
                stack.append(int(n))
            case ["pop"]:
                stack.pop()
            case ["add" | "mul" as op]:
                b, a = stack.pop(), stack.pop()
                stack.append(a + b if op == "add" else a * b)
            case ["dup"]:
                stack.append(stack[-1])
            case [cmd, *args]:
                raise ValueError(f"unknown {cmd} {args}")
    return stack

assert run(["push 2", "push 3", "add", "dup", "mul"]) == [25]
print(run(["push 1", "push 2", "push 3", "pop", "mul"]))
run(["push 1", "jump 4 5"])
