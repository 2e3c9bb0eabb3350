class P:
    x = 5
    y = [1, 2]
print("{0.x} {0.y[1]}".format(P()))
print("{:,}".format(10**12), "{:_b}".format(255), "{:#_x}".format(2**32))
print("{:e}".format(0.0), "{:.3e}".format(123456), "{:E}".format(1e-10))
print("{:g}".format(1e-5), "{:g}".format(123456789), "{:.2g}".format(0.000345))
print("{:%}".format(0.25), "{:.0%}".format(1/3))
print("{:+}".format(5), "{:+}".format(-5.5), "{: }".format(5))
"{:>{w}}".format("z", w=4)
