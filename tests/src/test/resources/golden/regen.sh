#!/bin/bash
# Regenerates the expected outputs of the golden programs with CPython 3.12.1.
# Usage: regen.sh [category/NAME.py ...]   (default: every program)
# Writes NAME.out always, NAME.err only if stderr is non-empty, NAME.exit only if the exit code is non-zero.
# CPython >= 3.9 prints the absolute path of the main script in tracebacks (File "/abs/dir/NAME.py");
# it is rewritten to File "NAME.py", the name the runner gives the source; so is a warning's "/abs/dir/NAME.py:N:".
set -u
G="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$G"
files=("$@"); [ ${#files[@]} -eq 0 ] && files=($(find . -name '*.py' | sort))
for f in "${files[@]}"; do
  d=$(cd "$(dirname "$f")" && pwd); n=$(basename "$f" .py)
  ( cd "$d" && PYENV_VERSION=3.12.1 python3.12 "$n.py" > "$n.out" 2> "$n.err"; echo $? > "$n.exit" )
  sed -i -e "s#File \"$d/#File \"#" -e "s#^$d/##" "$d/$n.err"
  [ -s "$d/$n.err" ] || rm -f "$d/$n.err"
  [ "$(cat "$d/$n.exit")" = "0" ] && rm -f "$d/$n.exit"
done
