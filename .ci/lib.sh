# Shared by the project's scripts: find a JDK >= 21 and set up Maven's environment.
# shellcheck shell=bash

java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n 1
}

find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(java_major "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
    return 0
  fi
  local candidate best="" best_major=0
  for candidate in /usr/lib/jvm/*; do
    [ -x "$candidate/bin/javac" ] || continue
    local major
    major=$(java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null && [ "$major" -gt "$best_major" ]; then
      best=$candidate
      best_major=$major
    fi
  done
  if [ -z "$best" ]; then
    echo "error: no JDK 21 or newer found (set JAVA_HOME, or install one under /usr/lib/jvm)" >&2
    exit 1
  fi
  export JAVA_HOME=$best
}

setup_maven() {
  find_jdk
  export PATH="$JAVA_HOME/bin:$PATH"
  local major
  major=$(java_major "$JAVA_HOME")
  MAVEN_OPTS="${MAVEN_OPTS:-} --enable-native-access=ALL-UNNAMED"
  if [ "$major" -ge 24 ]; then
    MAVEN_OPTS="$MAVEN_OPTS --sun-misc-unsafe-memory-access=allow"
  fi
  export MAVEN_OPTS
  command -v mvn >/dev/null || { echo "error: Maven (mvn) is not installed" >&2; exit 1; }
}
