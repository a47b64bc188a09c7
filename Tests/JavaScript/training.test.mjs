// The keys the checklists remember ticks by and the self-check's score (site-templates/assets/training.js),
// under Node:
//   node --test Tests/JavaScript/
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

const scriptPath = fileURLToPath(new URL("../../site-templates/assets/training.js", import.meta.url));
const sandbox = {};
vm.createContext(sandbox);
vm.runInContext(readFileSync(scriptPath, "utf8"), sandbox, { filename: scriptPath });
const Training = sandbox.Training;

test("the hash is FNV-1a of the text, eight hex digits", () => {
  assert.equal(Training.hash(""), "811c9dc5");
  assert.equal(Training.hash("a"), "e40c292c");
  assert.equal(Training.hash("foobar"), "bf9cf968");
});

test("a re-ordered list keeps every box's key, and an edited item gets a new one", () => {
  const items = ["Din profil har et billede", "Din titel er korrekt", "Du har læst retningslinjerne"];
  const keys = Training.keys(items);
  assert.equal(new Set(keys).size, 3);
  const reordered = Training.keys([items[2], items[0], items[1]]);
  assert.deepEqual(reordered, [keys[2], keys[0], keys[1]]);
  const added = Training.keys(["Et nyt punkt", ...items]);
  assert.deepEqual(added.slice(1), keys);
  assert.notEqual(Training.keys(["Din profil har et godt billede"])[0], keys[0]);
});

test("spaces and line breaks do not change a key, and repeated texts get their own", () => {
  assert.equal(Training.keys(["  Din  titel\n er korrekt "])[0], Training.keys(["Din titel er korrekt"])[0]);
  const twice = Training.keys(["Svar", "Svar", "Andet"]);
  assert.equal(twice[1], twice[0] + "-2");
  assert.notEqual(twice[2], twice[0]);
});

test("the score counts the chosen answers that are right", () => {
  assert.equal(Training.score([2, 1, 0, 3], [2, 2, 1, 3]), 2);
  assert.equal(Training.score([0, 0], [1, 2]), 0);
});
