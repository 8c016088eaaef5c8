# Invalid characters in source: non-printable ones (Cc, Cf, Cs, Co, Cn, separators) and others, inside and outside the BMP.
for ch in ['\u07b9', '\u200b', '\u00ad', '\ue000', '\u2028', '\u00a0', '\u3000', '\x7f', '\x01', '\u00a7', '\u20ac', '\U0001F600', '\u0378']:
    try:
        compile('x = 1 ' + ch + '\n', '<s>', 'exec')
        print(hex(ord(ch)), 'compiled')
    except SyntaxError as e:
        print(hex(ord(ch)), e.msg)
