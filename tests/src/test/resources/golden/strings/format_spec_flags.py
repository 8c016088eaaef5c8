# Format-spec flags by type: a sign or z on str is an error with CPython's wording (space has its
# own), '0' pads a str on the left-aligned default, and z drops the sign of a rounded-away float.
for spec in [' ', '+', '-', ' 5', '=', 'z', '#', ',', '_', '05', 'x<05', '<05', '^07', '=8']:
    for v in ['x', 7, -2.5]:
        try:
            print(repr(spec), repr(v), repr(format(v, spec)))
        except ValueError as e:
            print(repr(spec), repr(v), 'ValueError', e)
for spec in ['-c', '+c', ' c', 'zd', 'z', 'c']:
    try:
        print(spec, repr(format(65, spec)))
    except ValueError as e:
        print(spec, 'ValueError', e)
for v in [-0.0, -0.0001, -1e-9, -0.5, -1.5, float('-inf'), float('nan')]:
    print(format(v, 'z.1f'), format(v, 'z.2e'), format(v, 'z%'), format(v, 'z.0f'), format(v, '+z.3g'))
print(f'{-0.0004:z010.3f}|{"ab":07}|{"ab":>07}|{-1e-7:z}')
