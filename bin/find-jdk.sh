# Sourced by ./mvnw and ./bytepy. Prints the home of a JDK 25 or newer.
bytepy_jdk_major() {
  local rel="$1/release"
  [ -f "$rel" ] || return 1
  local v
  v="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$rel")"
  [ -n "$v" ] && echo "$v"
}
bytepy_find_jdk() {
  local cand major
  for cand in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    [ -n "$cand" ] && [ -x "$cand/bin/java" ] || continue
    major="$(bytepy_jdk_major "$cand")" || continue
    if [ "$major" -ge 25 ]; then echo "$cand"; return 0; fi
  done
  echo "bytepy: no JDK 25 or newer found (looked at \$JAVA_HOME and /usr/lib/jvm/*). Install one, e.g. Temurin 25." >&2
  return 1
}
