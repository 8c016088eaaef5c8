import argparse
import sys

parser = argparse.ArgumentParser(prog="tool", description="A file tool.", epilog="See docs.")
parser.add_argument("-v", "--verbose", action="count", default=0, help="more output")
parser.add_argument("--version", action="version", version="%(prog)s 1.0")
sub = parser.add_subparsers(dest="command", required=True, help="sub-command help")
p_add = sub.add_parser("add", help="add files")
p_add.add_argument("files", nargs="+", help="files to add")
p_add.add_argument("-n", "--dry-run", action="store_true")
p_rm = sub.add_parser("rm", help="remove")
p_rm.add_argument("target")
p_rm.add_argument("--force", "-f", action="store_true")
p_rm.add_argument("--level", type=int, choices=[1, 2, 3], default=1)

for argv in (["add", "a.txt", "b.txt"], ["-vv", "rm", "x", "--level", "2", "-f"], ["add", "-n", "z"]):
    args = parser.parse_args(argv)
    print(sorted(vars(args).items()))

parser.print_help()
p_rm.print_help()
print(parser.format_usage(), end="")

def try_parse(p, argv):
    try:
        p.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)

try_parse(parser, ["rm", "x", "--level", "9"])
try_parse(parser, ["rm"])
try_parse(parser, [])
try_parse(parser, ["bogus"])
try_parse(parser, ["rm", "x", "--level", "abc"])
try_parse(parser, ["add", "f", "--unknown"])
try_parse(parser, ["--version"])

p2 = argparse.ArgumentParser()
p2.add_argument("n", type=int)
p2.add_argument("--scale", type=float, default=1.0, metavar="S")
p2.add_argument("--mode", choices=["fast", "slow"], default="fast")
group = p2.add_mutually_exclusive_group()
group.add_argument("--quiet", action="store_true")
group.add_argument("--loud", action="store_true")
p2.add_argument("--tag", action="append", dest="tags")
ns = p2.parse_args(["3", "--scale", "2.5", "--tag", "a", "--tag", "b"])
print(ns, ns.n * ns.scale)
ns, rest = p2.parse_known_args(["4", "--extra", "x"])
print(ns.n, rest)
try_parse(p2, ["1", "--quiet", "--loud"])
p2.print_usage()
args = parser.parse_args(["rm"] if len(sys.argv) > 5 else ["rm", "final"])
print(args.target)
parser.parse_args(["add"])
