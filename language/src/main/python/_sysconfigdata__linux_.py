"""The build-time configuration sysconfig reads on POSIX (CPython generates this file when it is
built: _sysconfigdata_{abiflags}_{platform}_{multiarch}). bytepy has no C build, so the values
describe an empty one; sysconfig.get_config_var('CFLAGS') and friends answer '' instead of
failing to import this module."""

build_time_vars = {
    'ABIFLAGS': '',
    'AR': 'ar',
    'ARFLAGS': 'rcs',
    'BLDSHARED': 'gcc -shared',
    'CC': 'gcc',
    'CCSHARED': '-fPIC',
    'CFLAGS': '',
    'CFLAGSFORSHARED': '',
    'CONFIG_ARGS': '',
    'CONFINCLUDEPY': '',
    'CPPFLAGS': '',
    'CXX': 'g++',
    'EXE': '',
    'HOST_GNU_TYPE': 'x86_64-pc-linux-gnu',
    'LDFLAGS': '',
    'LDSHARED': 'gcc -shared',
    'LIBDIR': '',
    'MACHDEP': 'linux',
    'MULTIARCH': '',
    'OPT': '',
    'PY_CFLAGS': '',
    'PY_CFLAGS_NODIST': '',
    'PY_CORE_CFLAGS': '',
    'PY_LDFLAGS_NODIST': '',
    'Py_DEBUG': 0,
    'Py_ENABLE_SHARED': 0,
    'Py_TRACE_REFS': 0,
    'SHLIB_SUFFIX': '.so',
    'TZPATH': '/usr/share/zoneinfo:/usr/lib/zoneinfo:/usr/share/lib/zoneinfo:/etc/zoneinfo',
    'VERSION': '3.12',
    'WITH_DOC_STRINGS': 1,
}
