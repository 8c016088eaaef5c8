import configparser
import io
import os
import tempfile

ini = """
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes

[forge.example]
User = hg

[topsecret.server.example]
Port = 50022
ForwardX11 = no

[paths]
home = /home/user
data = %(home)s/data
"""
config = configparser.ConfigParser()
config.read_string(ini)
print(config.sections())
print("forge.example" in config, config["forge.example"]["user"], config["forge.example"]["Compression"])
top = config["topsecret.server.example"]
print(top["Port"], top.getint("Port"), top.getboolean("ForwardX11"), config.getboolean("forge.example", "ForwardX11"))
print(config.get("paths", "data"), config.get("paths", "data", raw=True), config.getint("DEFAULT", "compressionlevel"))
print(sorted(config["forge.example"]), config.options("paths"))
print(config.get("forge.example", "missing", fallback="fb"), top.get("Missing", "dflt"), config.has_option("paths", "home"))
print(list(config.items("paths")))
config["new"] = {"key": "value", "num": "3"}
config.set("new", "flag", "off")
config.remove_option("paths", "data")
config.add_section("empty")
out = io.StringIO()
config.write(out)
print(out.getvalue())
try:
    config.get("nosuch", "x")
except configparser.NoSectionError as e:
    print("NoSectionError:", e)
try:
    config.get("new", "nokey")
except configparser.NoOptionError as e:
    print("NoOptionError:", e)
try:
    config.add_section("new")
except configparser.DuplicateSectionError as e:
    print("DuplicateSectionError:", e)
try:
    configparser.ConfigParser().read_string("[a]\nx=1\nx=2\n")
except configparser.DuplicateOptionError as e:
    print("DuplicateOptionError:", e)
try:
    configparser.ConfigParser().read_string("no header\n")
except configparser.MissingSectionHeaderError as e:
    print("MissingSectionHeaderError:", e)
ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("[common]\nroot=/opt\n[app]\nbin=${common:root}/bin\n")
print(ext["app"]["bin"])
with tempfile.TemporaryDirectory() as tmp:
    p = os.path.join(tmp, "app.ini")
    with open(p, "w") as f:
        f.write("[main]\nname = demo\nlist = a, b, c\n")
    cp = configparser.ConfigParser()
    print([os.path.basename(x) for x in cp.read([p, os.path.join(tmp, "missing.ini")])])
    print([x.strip() for x in cp["main"]["list"].split(",")], cp["main"].name)
raw = configparser.RawConfigParser()
raw.read_string("[s]\npct = 100%\n")
print(raw.get("s", "pct"))
try:
    bad = configparser.ConfigParser()
    bad.read_string("[s]\npct = 100%\n")
    bad.get("s", "pct")
except configparser.InterpolationSyntaxError as e:
    print("InterpolationSyntaxError:", e)
cs = configparser.ConfigParser(allow_no_value=True, delimiters=(":",), comment_prefixes=(";",))
cs.read_string("[x]\nflag\nkey: v ; not comment\n; real comment\n")
print(dict(cs["x"]))
