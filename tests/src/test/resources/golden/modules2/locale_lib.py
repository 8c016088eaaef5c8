# locale (Lib) on _locale
import locale

print(locale.getlocale(locale.LC_NUMERIC), locale.getpreferredencoding(False), locale.getencoding())
print(locale.format_string("%.2f", 1234.5, grouping=True), locale.str(3.5), locale.atof("2.5"), locale.atoi("42"))
print(locale.normalize("en_US"), locale.localeconv()["decimal_point"])
