#!/bin/sh
# Writes BundledFiles.swift: the repository files `advocacy init` writes into a new hub (every file of
# site-templates/ but hidden ones, the readiness model in Danish, content/readiness.yml, and in English,
# examples/readiness/en.yml, and every file of examples/nightly/, hidden ones included), each as its
# path and its bytes in Base64. The file is replaced only when it changes, so a build that changes
# none of them compiles nothing again.
# Arguments: the repository folder and the source file to write, both absolute.
set -eu
root=$1 out=$2
draft="$out.draft"
cd "$root"
{
    printf '%s\n\n' "// Generated at build time by Plugins/EmbedBundledFiles/bundle.sh from the repository's files; do not edit."
    printf '%s\n' "/// Files of the repository the \`advocacy\` executable carries, by their path in the repository." \
        "enum BundledFiles {" \
        "    /// Each file's path in the repository and its bytes in Base64." \
        "    static let encoded: [(path: String, base64: String)] = ["
    { printf '%s\n' content/readiness.yml examples/readiness/en.yml; find site-templates -type f ! -path '*/.*'; find examples/nightly -type f; } \
        | LC_ALL=C sort | while IFS= read -r path; do
            printf '        ("%s", "%s"),\n' "$path" "$(base64 < "$path" | tr -d '\n')"
        done
    printf '%s\n' "    ]" "}"
} > "$draft"
if cmp -s "$draft" "$out"; then rm "$draft"; else mv "$draft" "$out"; fi
