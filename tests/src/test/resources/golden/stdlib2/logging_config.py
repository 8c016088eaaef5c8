import logging
import logging.config
import io

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "brief": {"format": "%(levelname)s %(name)s: %(message)s"},
        "detailed": {"format": "[%(levelname)s|%(module)s|L%(lineno)d] %(message)s"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "brief", "level": "INFO", "stream": "ext://sys.stdout"},
        "errors": {"class": "logging.StreamHandler", "formatter": "detailed", "level": "ERROR"},
    },
    "loggers": {
        "myapp": {"level": "DEBUG", "handlers": ["console", "errors"], "propagate": False},
    },
    "root": {"level": "WARNING", "handlers": ["console"]},
}
logging.config.dictConfig(LOGGING)
log = logging.getLogger("myapp")
log.debug("not shown (handler level INFO)")
log.info("service started on port %d", 8080)
log.error("could not open %s", "db.sqlite")
logging.getLogger("other").info("root level hides this")
logging.getLogger("other").warning("root shows this")
child = logging.getLogger("myapp.sub")
child.info("child propagates to myapp")

stream = io.StringIO()
h = logging.StreamHandler(stream)
h.setFormatter(logging.Formatter("{levelname:<7} {message}", style="{"))
l2 = logging.getLogger("styled")
l2.addHandler(h)
l2.setLevel(logging.DEBUG)
l2.propagate = False
l2.debug("brace style")
l2.info("second %s", "arg")
h2 = logging.StreamHandler(stream)
h2.setFormatter(logging.Formatter("$levelname:$message", style="$"))
l2.addHandler(h2)
l2.warning("dollar")
print(stream.getvalue(), end="")
print(logging.getLevelName("ERROR"), logging.getLevelName(15), logging.WARN)
logging.addLevelName(25, "NOTICE")
log.log(25, "custom level")
rec = logging.makeLogRecord({"msg": "hi %s", "args": ("there",), "levelname": "INFO"})
print(rec.getMessage())
class JsonFormatter(logging.Formatter):
    def format(self, record):
        import json
        return json.dumps({"lvl": record.levelname, "msg": record.getMessage(), "name": record.name})
jh = logging.StreamHandler(__import__("sys").stdout)
jh.setFormatter(JsonFormatter())
jl = logging.getLogger("json")
jl.addHandler(jh); jl.propagate = False
jl.warning("event %d", 7)
try:
    raise KeyError("cfg")
except KeyError:
    log.error("with traceback", exc_info=True)
logging.shutdown()
