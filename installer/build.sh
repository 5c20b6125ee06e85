#!/usr/bin/env bash
# Builds the Godwit installers with jpackage (JDK 17+): an app image and, on Debian/Ubuntu, a .deb.
# Both carry their own Java runtime with JavaFX linked in, so users need neither Java nor JavaFX.
#
#   mvn -q -DskipTests package      # builds target/godwit/ first
#   installer/build.sh              # app image in target/installer/godwit/, .deb in target/installer/
#   installer/build.sh image        # only the app image
#
# The launcher opens the workbench when given no arguments (`godwit`) and runs the command line
# otherwise (`godwit convert ...`, `godwit gui --demo`).
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}
dist=${GODWIT_DIST:-target/godwit}
out=${GODWIT_INSTALLER_OUT:-target/installer}
if [ ! -d "$dist/lib/javafx" ]; then
  echo "build.sh: $dist/lib/javafx is missing; run 'mvn -q -DskipTests package' first" >&2
  exit 1
fi
version=$(sed -n 's/^version=//p' target/classes/io/godwit/version.properties | head -n 1)
# jpackage wants a plain numeric version.
app_version=$(printf '%s' "${version:-0.1.0}" | sed 's/[^0-9.].*$//')
[ -n "$app_version" ] || app_version=0.1.0

rm -rf "$out" && mkdir -p "$out/input"
# The class path: every jar but JavaFX, which goes into the runtime as modules.
for jar in "$dist"/lib/*.jar; do
  case $(basename "$jar") in
    javafx-*) ;;
    *) cp "$jar" "$out/input/" ;;
  esac
done
main_jar=$(cd "$out/input" && ls godwit-*.jar | head -n 1)

modules=java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.prefs
modules=$modules,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.transaction.xa
modules=$modules,java.xml,jdk.crypto.ec,jdk.localedata,jdk.net,jdk.unsupported,jdk.zipfs
modules=$modules,javafx.base,javafx.graphics,javafx.controls,javafx.fxml

common=(
  --name godwit
  --app-version "$app_version"
  --vendor "Godwit contributors"
  --description "Workbench for migrating Oracle and SQL Server databases to PostgreSQL and MySQL"
  --input "$out/input"
  --main-jar "$main_jar"
  --main-class io.godwit.cli.Main
  --arguments gui
  --java-options "-Dgodwit.home=\$APPDIR"
  --module-path "$dist/lib/javafx"
  --add-modules "$modules"
  --jlink-options "--strip-debug --no-header-files --no-man-pages"
  --icon installer/godwit.png
  --dest "$out"
)

jpackage --type app-image "${common[@]}"
cp installer/godwit.desktop installer/godwit.png "$out/godwit/"
echo "app image: $out/godwit (run $out/godwit/bin/godwit)"

if [ "$what" = all ]; then
  jpackage --type deb "${common[@]}" \
    --license-file LICENSE \
    --linux-package-name godwit \
    --linux-deb-maintainer "godwit@users.noreply.github.com" \
    --linux-menu-group "Development;Database" \
    --linux-app-category devel \
    --linux-package-deps "libgtk-3-0" \
    --linux-shortcut
  echo "deb: $(ls "$out"/*.deb)"
fi
