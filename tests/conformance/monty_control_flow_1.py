# === finally interplay with generators and returns ===
log = []
def gen():
    try:
        for i in range(3):
            try:
                yield i
            finally:
                log.append(f'inner {i}')
    finally:
        log.append('outer')
for v in gen():
    if v == 1:
        break
print(log)
def ret_in_finally_loop():
    for i in range(3):
        try:
            if i == 1:
                return f'returned {i}'
        finally:
            log.append(f'loop finally {i}')
print(ret_in_finally_loop(), log[-2:])
def nested_try():
    try:
        try:
            raise ValueError('inner')
        except ValueError:
            raise TypeError('middle')
        finally:
            log.append('middle finally')
    except TypeError as e:
        return f'caught {e} with context {e.__context__!r}'
print(nested_try())
def gen_return_value():
    try:
        yield 1
        return 'done'
    finally:
        log.append('gen finally')
g = gen_return_value()
next(g)
try:
    next(g)
except StopIteration as e:
    print('stop value', e.value, log[-1])
def break_continue():
    out = []
    for i in range(5):
        try:
            if i % 2:
                continue
            if i == 4:
                break
            out.append(i)
        finally:
            out.append(f'f{i}')
    return out
print(break_continue())
def while_else(n):
    while n > 0:
        n -= 1
        if n == 5:
            break
    else:
        return 'no break'
    return 'broke'
print(while_else(3), while_else(10))
def exc_in_else():
    try:
        pass
    except Exception:
        return 'except'
    else:
        try:
            raise KeyError('else')
        except KeyError as e:
            return f'handled {e}'
print(exc_in_else())
def yield_in_except():
    try:
        raise ValueError('x')
    except ValueError as e:
        yield str(e)
        yield 'after'
print(list(yield_in_except()))
def generator_throw_finally():
    try:
        yield 1
    finally:
        yield 'cleanup'
g2 = generator_throw_finally()
next(g2)
print(g2.throw(ValueError('t')) if False else 'skip')
def close_with_yield():
    try:
        yield 1
    finally:
        print('closing')
g3 = close_with_yield()
next(g3)
g3.close()
print(log)
g4 = generator_throw_finally()
next(g4)
g4.close()
