# _locale: the C locale with UTF-8 text
import _locale

print(_locale.setlocale(_locale.LC_CTYPE), _locale.setlocale(_locale.LC_NUMERIC))
print(_locale.setlocale(_locale.LC_ALL, "C"), _locale.setlocale(_locale.LC_ALL))
print(_locale.setlocale(_locale.LC_ALL, "C.UTF-8"), _locale.setlocale(_locale.LC_TIME, "POSIX"))
print(_locale.setlocale(_locale.LC_ALL, ""))
conv = _locale.localeconv()
print(sorted(conv.items()))
print(_locale.getencoding(), _locale.nl_langinfo(_locale.CODESET), _locale.nl_langinfo(_locale.DAY_1), _locale.nl_langinfo(_locale.ABMON_12),
      _locale.nl_langinfo(_locale.D_T_FMT), _locale.nl_langinfo(_locale.RADIXCHAR))
print(_locale.LC_CTYPE, _locale.LC_ALL, _locale.CHAR_MAX, _locale.strcoll("a", "b"), _locale.strxfrm("abc"))
try:
    _locale.setlocale(_locale.LC_ALL, "xx_YY.nothing")
except _locale.Error as e:
    print("locale.Error", e)
print(issubclass(_locale.Error, Exception), _locale.Error.__module__)
