#!/usr/bin/env bash
# Writes the seed corpus of the fuzz target into the folder given (default Fuzz/.seeds): for every
# hub among the fixtures and the example hub, its hub.yml alone, and its hub.yml with each of its
# Markdown documents and its readiness.yml, in the format FuzzInput reads (hub.yml, a line
# "@@@ <where>", the document).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-Fuzz/.seeds}
mkdir -p "$out"

# An invalid fixture holds only the files it changes from Tests/Fixtures/invalid-base.
hub_yml() { if [[ -f "$1/hub.yml" ]]; then echo "$1/hub.yml"; elif [[ $1 == */invalid/* ]]; then echo Tests/Fixtures/invalid-base/hub.yml; fi; }

seed() { # name, hub folder, where, document file
    { if [[ -n $(hub_yml "$2") ]]; then cat "$(hub_yml "$2")"; echo; fi
      echo "@@@ $3"
      cat "$4"; } > "$out/$1"
}

for hub in Tests/Fixtures/valid-hub Tests/Fixtures/invalid-base Tests/Fixtures/invalid/* content; do
    name=$(echo "$hub" | tr '/' '-')
    [[ -f "$hub/hub.yml" ]] && cp "$hub/hub.yml" "$out/$name-hub.yml"
    for where in share stories guidelines pages disciplines; do
        for file in "$hub/$where"/*.md; do
            [[ -f "$file" ]] && seed "$name-$where-$(basename "$file")" "$hub" "$where" "$file"
        done
    done
    [[ -f "$hub/_index.md" ]] && seed "$name-home" "$hub" home "$hub/_index.md"
    [[ -f "$hub/readiness.yml" ]] && seed "$name-readiness" "$hub" readiness "$hub/readiness.yml"
done
# Manifests: one of a site the example hub's build wrote, and small ones of each state.
site=$(mktemp -d)
if [[ -x .build/debug/advocacy ]] && .build/debug/advocacy build --quiet --now 2026-12-10T09:00 --output "$site/site" >/dev/null 2>&1; then
    { echo "@@@ manifest"; cat "$site/site/.advocacy-site"; } > "$out/manifest-example-hub"
fi
rm -rf "$site"
printf '@@@ manifest\nadvocacy-site 1\ntool 0.20.0\nstate partial\n- - index.html\n- - share/a%%20b.html\n' > "$out/manifest-partial"
printf '@@@ manifest\nadvocacy-site 1\ntool 0.20.0\nstate complete\n0123456789abcdef 12 index.html\n' > "$out/manifest-complete"
echo "$(ls "$out" | wc -l) seeds in $out"
