import logging

logging.basicConfig(format="%(levelname)s %(name)s %(message)s")
logger = logging.getLogger(__name__)
logger.info("not shown")
logger.warning("Watch out!")
logging.warning("root warning %s", "with arg")
logging.error("an error")

def parse(value):
    try:
        return int(value)
    except ValueError:
        logger.exception("could not parse %r", value)
        return None

print(parse("12"), parse("x12"))
logger.setLevel(logging.DEBUG)
logging.getLogger().setLevel(logging.DEBUG)
logger.debug("now debug shows")
print("done", logger.name, logger.level, logger.isEnabledFor(logging.DEBUG))
