import argparse

def positive(value):
    n = int(value)
    if n <= 0:
        raise argparse.ArgumentTypeError(f"{value} is not a positive integer")
    return n

parser = argparse.ArgumentParser(description="Resize images.", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
parser.add_argument("input", help="input file")
parser.add_argument("-o", "--output", default="out.png", help="output file")
parser.add_argument("-w", "--width", type=positive, default=100, help="target width")
parser.add_argument("--format", choices=("png", "jpg"), default="png")
parser.add_argument("--dry-run", action=argparse.BooleanOptionalAction, default=False)
parser.add_argument("extra", nargs="*", help="extra files")
print(parser.format_help())
print(parser.parse_args(["in.png", "a", "b", "-w", "20", "--no-dry-run"]))
for bad in (["x", "-w", "-3"], ["x", "--width=abc"], ["x", "--format", "gif"]):
    try:
        parser.parse_args(bad)
    except SystemExit as e:
        print("exit", e.code)
args = parser.parse_args(["photo.jpg", "--dry-run"])
print(args.input, args.output, args.width, args.dry_run, args.extra)
parser.error("custom failure message")
