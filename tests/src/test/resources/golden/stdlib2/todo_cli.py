"""A small todo manager: argparse + json + pathlib + datetime, as a user would write it."""
import argparse
import json
import sys
import tempfile
from datetime import date
from pathlib import Path

def load(path):
    if not path.exists():
        return []
    return json.loads(path.read_text())

def save(path, items):
    path.write_text(json.dumps(items, indent=1))

def main(argv, store):
    parser = argparse.ArgumentParser(prog="todo")
    sub = parser.add_subparsers(dest="cmd")
    a = sub.add_parser("add")
    a.add_argument("title")
    a.add_argument("--due", type=date.fromisoformat)
    a.add_argument("--prio", type=int, default=3)
    sub.add_parser("list")
    d = sub.add_parser("done")
    d.add_argument("index", type=int)
    args = parser.parse_args(argv)
    items = load(store)
    if args.cmd == "add":
        items.append({"title": args.title, "due": args.due.isoformat() if args.due else None, "prio": args.prio, "done": False})
        save(store, items)
        print(f"added #{len(items)}: {args.title}")
    elif args.cmd == "list":
        for i, it in enumerate(sorted(items, key=lambda x: (x["done"], x["prio"])), 1):
            mark = "x" if it["done"] else " "
            due = f" (due {it['due']})" if it["due"] else ""
            print(f"{i:>2}. [{mark}] {it['title']}{due} p{it['prio']}")
    elif args.cmd == "done":
        try:
            items[args.index - 1]["done"] = True
        except IndexError:
            print(f"todo: no item {args.index}", file=sys.stderr)
            return 1
        save(store, items)
        print("marked", args.index)
    else:
        parser.print_usage()
        return 2
    return 0

with tempfile.TemporaryDirectory() as tmp:
    store = Path(tmp) / "todo.json"
    codes = []
    for argv in (["add", "buy milk", "--prio", "2"], ["add", "file taxes", "--due", "2024-04-15", "--prio", "1"],
                 ["add", "call mom"], ["done", "2"], ["list"], ["done", "9"], []):
        codes.append(main(argv, store))
    print(codes)
    print(store.read_text())
    try:
        main(["add", "x", "--due", "not-a-date"], store)
    except SystemExit as e:
        print("exit code", e.code)
