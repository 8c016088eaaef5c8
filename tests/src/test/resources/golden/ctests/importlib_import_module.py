# importlib.import_module and importlib.util.find_spec go through sys.meta_path
import importlib
import importlib.util
import sys
import types

m = importlib.import_module("json.decoder")
print(m.__name__, m is sys.modules["json.decoder"])
spec = importlib.util.find_spec("textwrap")
print(spec.name, spec.origin.endswith("textwrap.py"), spec.submodule_search_locations)
print(importlib.util.find_spec("no_such_module_xyz"))
sys.modules.pop("colorsys", None)
c = importlib.import_module("colorsys")
print(c.rgb_to_hsv(1.0, 0.0, 0.0))
# a fresh import, as test.support.import_helper.import_fresh_module does
del sys.modules["colorsys"]
c2 = importlib.import_module("colorsys")
print(c2 is not c, c2.__name__)
print(importlib.reload(c2) is c2)
try:
    importlib.import_module("no_such_module_xyz")
except ModuleNotFoundError as e:
    print(e)
mod = types.ModuleType("fresh", "the doc")
print(mod.__name__, mod.__doc__, mod.__spec__, mod.__package__)
print(float.__getformat__("double"))
