#!/bin/bash
# SPDX-License-Identifier: MIT
# Takes the README's screenshots of the main window at 1024x700 and 1600x1000, in the light
# and the dark theme (--theme, the same palettes as View > Theme), into resources/screenshots/.
#   tests/tools/screenshots.sh [BUILD_DIR]          (default: build)
# Needs xvfb-run, ImageMagick's import and xdotool (to capture the window alone). Each shot runs with fresh settings, a first start.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
app=$build/app/filinglens
out=$root/resources/screenshots
[ -x "$app" ] || { echo "no $app: build the viewer first" >&2; exit 1; }
mkdir -p "$out"
# BTU's 8-Ks (the seeds) with the one of April 2007 shown.
files=("$root/tests/data/seeds/002_804b7ad1e3b304a9.txt" "$root/tests/data/seeds")

for size in 1024x700 1600x1000; do
    for theme in light dark; do
        config=$(mktemp -d)
        png=$out/main-$theme-${size%x*}.png
        XDG_CONFIG_HOME=$config xvfb-run -a -s "-screen 0 ${size}x24" bash -c '
            "$0" --theme "$1" "${@:3}" &
            pid=$!
            sleep 8
            import -window "$(xdotool search --onlyvisible --name FilingLens | tail -1)" "$2"
            kill $pid' "$app" "$theme" "$png" "${files[@]}"
        rm -rf "$config"
        echo "$png"
    done
done
