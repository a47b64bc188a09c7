#!/bin/sh
# Writes SourceCommit.swift: the commit the source tree is checked out at, for `advocacy --version`,
# or nil outside a git checkout. The file is replaced only when it changes.
# Arguments: the repository folder and the source file to write, both absolute.
set -eu
root=$1 out=$2
commit=$(git -C "$root" rev-parse --short=12 HEAD 2>/dev/null || true)
case $commit in
  *[!0-9a-f]* | "") value=nil ;;
  *) value="\"$commit\"" ;;
esac
draft="$out.draft"
printf '%s\n' "// Generated at build time by Plugins/EmbedBundledFiles/commit.sh; do not edit." "" \
  "extension AdvocacyVersion {" \
  "    /// The commit the binary was built from, abbreviated to 12 digits; nil outside a git checkout." \
  "    public static let commit: String? = $value" \
  "}" > "$draft"
if cmp -s "$draft" "$out"; then rm "$draft"; else mv "$draft" "$out"; fi
