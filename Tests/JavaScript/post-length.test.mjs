// The share cards' length counter (site-templates/assets/post-length.js) on the test vectors the
// Swift counter runs too (Tests/Fixtures/post-length-vectors.json), under Node:
//   node --test Tests/JavaScript/
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

const scriptPath = fileURLToPath(new URL("../../site-templates/assets/post-length.js", import.meta.url));
const vectors = JSON.parse(readFileSync(fileURLToPath(new URL("../Fixtures/post-length-vectors.json", import.meta.url)), "utf8"));

const sandbox = { Intl };
vm.createContext(sandbox);
vm.runInContext(readFileSync(scriptPath, "utf8"), sandbox, { filename: scriptPath });
const PostLength = sandbox.PostLength;

for (const vector of vectors) {
  test(`${vector.platform}: ${vector.note}`, () => {
    assert.equal(PostLength.count(vector.text, vector.platform, vector.link), vector.count);
    if (vector.folds !== undefined) assert.equal(PostLength.foldIndex(vector.text) >= 0, vector.folds);
  });
}

test("the fold index cuts after 210 characters, not UTF-16 units", () => {
  const text = "👍".repeat(211);
  assert.equal(PostLength.foldIndex(text), 420);
  assert.equal(PostLength.foldIndex("a".repeat(210)), -1);
});
