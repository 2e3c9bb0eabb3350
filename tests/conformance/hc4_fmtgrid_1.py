rows = []
def fmt(v, spec):
    try:
        return format(v, spec)
    except Exception as e:
        return f'{type(e).__name__}: {e}'
values = [0, -0.0, 1.5, -2.5, 1e100, 123456.789, 1/3, float('nan'), float('-inf'), 2**64, -17, 255, True, 0.000012345, 9.999e-5]
specs = ['', 'e', '.2e', 'E', 'f', '.0f', '.3f', 'g', '.3g', 'G', '%', '.1%', 'n', '+', ' ', ',', '_', '10.2f', '<10', '^10', '>10', '=+10', '010.3f', '#x', '#o', '#b', 'x', 'X', 'b', 'o', 'c', 'd', ',d', '_x', '#.0f', '#g', '.0e', 'z.1f', '-^12,.2f', '*>+15_.1e']
for v in values:
    print(repr(v)[:30], [fmt(v, s) for s in specs])
