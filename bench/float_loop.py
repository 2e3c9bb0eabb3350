# Float arithmetic: a Mandelbrot set membership count and a midpoint integral.
def mandel(w, h, max_iter):
    inside = 0
    for py in range(h):
        ci = -1.2 + 2.4 * py / h
        for px in range(w):
            cr = -2.0 + 2.8 * px / w
            zr = zi = 0.0
            n = 0
            while n < max_iter and zr * zr + zi * zi <= 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                n += 1
            if n == max_iter:
                inside += 1
    return inside


def integrate(f, a, b, steps):
    dx = (b - a) / steps
    total = 0.0
    x = a + dx / 2
    for _ in range(steps):
        total += f(x)
        x += dx
    return total * dx


print(mandel(200, 130, 80), integrate(lambda x: x * x * x - 2.0 * x + 1.0, 0.0, 3.0, 600000))
