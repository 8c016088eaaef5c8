"""The run-time part of ``try: ... except* T: ...`` (what CPython's CHECK_EG_MATCH and
PREP_RERAISE_STAR do). bytepy's compiler calls it from the catch part of such a try:

    st = start(exc)
    m = st.match(T)            # per handler: the matching part, or None
    ... the handler runs with m as the handled exception; st.raised(x) gets what it raises
    st.finish()                # raises what is left: raised exceptions and unmatched parts
"""


def start(exc):
    return _State(exc)


def _group(message, excs):
    if all(isinstance(e, Exception) for e in excs):
        return ExceptionGroup(message, excs)
    return BaseExceptionGroup(message, excs)


def _derive(eg, excs):
    derive = getattr(type(eg), "derive", None)
    g = derive(eg, excs) if derive is not None else _group(eg.message, excs)
    g.__cause__ = eg.__cause__
    g.__context__ = eg.__context__
    g.__traceback__ = eg.__traceback__
    notes = getattr(eg, "__notes__", None)
    if notes is not None:
        g.__notes__ = notes
    return g


def _split(exc, typ):
    """(the part of exc matching typ, the rest); either may be None."""
    if isinstance(exc, typ):
        return exc, None
    if not isinstance(exc, BaseExceptionGroup):
        return None, exc
    matched, rest = [], []
    for e in exc.exceptions:
        m, r = _split(e, typ)
        if m is not None:
            matched.append(m)
        if r is not None:
            rest.append(r)
    return (_derive(exc, matched) if matched else None,
            _derive(exc, rest) if rest else None)


def _leaves(exc, into):
    if isinstance(exc, BaseExceptionGroup):
        for e in exc.exceptions:
            _leaves(e, into)
    else:
        into.add(id(exc))
    return into


def _project(exc, keep):
    """The part of exc whose leaves are in keep (a set of ids), or None."""
    if not isinstance(exc, BaseExceptionGroup):
        return exc if id(exc) in keep else None
    parts = [p for p in (_project(e, keep) for e in exc.exceptions) if p is not None]
    if not parts:
        return None
    if len(parts) == len(exc.exceptions) and all(p is e for p, e in zip(parts, exc.exceptions)):
        return exc
    return _derive(exc, parts)


def _check_type(typ):
    types = typ if isinstance(typ, tuple) else (typ,)
    for t in types:
        if not (isinstance(t, type) and issubclass(t, BaseException)):
            raise TypeError("catching classes that do not inherit from BaseException is not allowed")
        if issubclass(t, BaseExceptionGroup):
            raise TypeError("catching ExceptionGroup with except* is not allowed. Use except instead.")


class _State:
    __slots__ = ("orig", "rest", "excs")

    def __init__(self, exc):
        self.orig = exc
        self.rest = exc
        self.excs = []

    def match(self, typ):
        _check_type(typ)
        rest = self.rest
        if rest is None:
            return None
        if isinstance(rest, BaseExceptionGroup):
            m, self.rest = _split(rest, typ)
            return m
        if isinstance(rest, typ):
            m = _group("", (rest,))
            m.__traceback__ = rest.__traceback__
            self.rest = None
            return m
        return None

    def raised(self, exc):
        self.excs.append(exc)

    def finish(self):
        orig = self.orig
        if not isinstance(orig, BaseExceptionGroup):
            # a naked exception: at most one handler ran
            result = self.excs[0] if self.excs else self.rest
        else:
            orig_leaves = _leaves(orig, set())
            keep = set()
            new = []
            for x in self.excs + ([self.rest] if self.rest is not None else []):
                leaves = _leaves(x, set())
                if leaves <= orig_leaves:
                    keep |= leaves  # a re-raise of (part of) the original group
                else:
                    new.append(x)
            reraised = _project(orig, keep) if keep else None
            if not new:
                result = reraised
            else:
                if reraised is not None:
                    new.append(reraised)
                result = new[0] if len(new) == 1 else _group("", new)
        if result is not None:
            raise result
