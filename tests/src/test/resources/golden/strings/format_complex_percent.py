# complex.__format__, format-spec validation messages that name the value's type, non-BMP fill
# characters, bytearray % args, and '%' as a conversion after flags (found by CPython's test_format).
import locale

for v in [1 + 2j, -1.5 - 0.25j, 3j, -0j, complex(0.0, -0.0), complex(-0.0, 1), 1e20 + 1e-5j,
          complex(float('inf'), float('nan')), 12345.678 + 0.5j]:
    for spec in ['', '10', '<20', '^25', '.2f', '+.3e', '>30.4g', 'g', ' .1f', '#.0f', 'z.1f', ',.2f',
                 '_.1e', '.3', '*^24', 'E', 'F', 'n']:
        try:
            print(repr(spec), repr(format(v, spec)))
        except ValueError as e:
            print(repr(spec), 'ValueError', e)
for spec in ['010', '=10', 'd', '%', 'x>=10', '0<10']:
    try:
        print(repr(spec), format(1 + 2j, spec))
    except ValueError as e:
        print(repr(spec), 'ValueError', e)

for v in [12, 12.0, 12j, 'x', True]:
    for spec in ['%M', ',_d', '_,d', ',,d', '__d', ',c', '_c', ',x', '_x', ',s', ',b', ',n']:
        try:
            print(type(v).__name__, repr(spec), repr(format(v, spec)))
        except ValueError as e:
            print(type(v).__name__, repr(spec), 'ValueError', e)

print(format(-1.25, '\U0001f5a4>z8.1f'), format('ab', '\U0001f5a4^6'), format(7, '\U0001f5a4<5'))
print(f'{3.5:\U0001f5a4=+9.2f}', repr(f'{"x":\U00010000>3}'))

print(bytearray(b'%d-%s-%5.1f') % (3, b'ab', 2.25), b'%s' % bytearray(b'xy'))
for fmt, args in [(b'no format', bytearray(b'1')), (b'no format', b'1'), ('no format', bytearray(b'1')),
                  ('% %s', 1), ('%5%', 1), ('%(a)%', {'a': 1}), ('%(a)%', ()), ('%%', ()), ('%.*d', (2**40, 1)),
                  ('%*d', (3, 1)), ('a%%b%s', 'c')]:
    try:
        print(repr(fmt), repr(fmt % args))
    except (TypeError, ValueError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)

old = locale.setlocale(locale.LC_ALL)
locale.setlocale(locale.LC_ALL, 'C')
print(locale.setlocale(locale.LC_NUMERIC))
print(locale.setlocale(locale.LC_ALL, old) == old)
