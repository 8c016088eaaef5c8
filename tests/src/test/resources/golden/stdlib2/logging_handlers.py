import logging
import os
import sys
import tempfile

logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s", stream=sys.stdout)
log = logging.getLogger("app")
log.info("starting %s v%d", "app", 2)
log.debug("hidden")
log.warning("disk at %d%%", 91)

db = logging.getLogger("app.db")
db.setLevel(logging.DEBUG)
db.debug("query took %.2f", 0.1234)
print(db.parent.name, db.getEffectiveLevel(), log.getEffectiveLevel(), logging.getLevelName(30))

err_handler = logging.StreamHandler(sys.stderr)
err_handler.setLevel(logging.ERROR)
err_handler.setFormatter(logging.Formatter("[%(levelname)-8s] %(name)s: %(message)s"))
log.addHandler(err_handler)
log.error("something broke")
log.critical("fatal: %s", {"code": 3})

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "app.log")
    fh = logging.FileHandler(path)
    fh.setFormatter(logging.Formatter("%(name)s|%(levelname)s|%(funcName)s|%(message)s"))
    flog = logging.getLogger("file")
    flog.propagate = False
    flog.addHandler(fh)
    flog.setLevel(logging.DEBUG)
    def handler_func():
        flog.debug("in function")
    handler_func()
    flog.info("second line")
    fh.close()
    print(open(path).read(), end="")

try:
    1 / 0
except ZeroDivisionError:
    log.exception("division failed")

class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1
flt = logging.getLogger("filtered")
flt.addFilter(OnlyOdd())
for i in range(4):
    flt.warning("value %d", i)

class CountingHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []
    def emit(self, record):
        self.records.append(self.format(record))
ch = CountingHandler()
ch.setFormatter(logging.Formatter("%(message)s!"))
cl = logging.getLogger("count")
cl.addHandler(ch)
cl.propagate = False
cl.warning("one"); cl.error("two"); cl.info("three")
print(ch.records)
adapter = logging.LoggerAdapter(logging.getLogger("app.adapter"), {"user": "bob"})
adapter.warning("hello from adapter")
logging.disable(logging.WARNING)
log.warning("disabled")
logging.disable(logging.NOTSET)
log.warning("enabled again")
print(logging.getLogger() is logging.root, logging.root.level, logging.INFO)
logging.getLogger("stderr_only").error("goes to root")
