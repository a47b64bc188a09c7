// The readiness self-assessment's logic (site-templates/assets/readiness.js), run under Node:
//   node --test Tests/JavaScript/
// The script is loaded into a fresh context without `document`, so it only defines `Readiness`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

const scriptPath = fileURLToPath(new URL("../../site-templates/assets/readiness.js", import.meta.url));

/** Loads readiness.js into a fresh sandbox and returns its `Readiness` object. */
function loadReadiness() {
  const sandbox = {};
  vm.createContext(sandbox);
  vm.runInContext(readFileSync(scriptPath, "utf8"), sandbox, { filename: scriptPath });
  return sandbox.Readiness;
}

const Readiness = loadReadiness();

// The example hub's model: five levels, three phases of 3, 3 and 2 parameters, strategic from Eksperter.
const LEVELS = ["Ingen", "Autonom", "Eksperter", "Ambassadører", "Alle"];
const PHASES = [3, 3, 2];
const PARAMETERS = 8;
const STRATEGIC_FROM = 2;

/** Plain arrays and objects, so results made inside the vm context compare with deepStrictEqual. */
const plain = (value) => JSON.parse(JSON.stringify(value));

test("readiness.js defines Readiness outside a browser, with its four functions", () => {
  assert.ok(Readiness, "globalThis.Readiness is set");
  for (const name of ["encode", "decode", "level", "summarize"]) {
    assert.equal(typeof Readiness[name], "function", name);
  }
});

test("loading by setting globalThis gives the same object", () => {
  const saved = globalThis.Readiness;
  try {
    vm.runInThisContext(readFileSync(scriptPath, "utf8"), { filename: scriptPath });
    assert.equal(typeof globalThis.Readiness.summarize, "function");
    assert.deepEqual(plain(globalThis.Readiness.decode("#r=01234", 5)), [0, 1, 2, 3, 4]);
  } finally {
    if (saved === undefined) delete globalThis.Readiness; else globalThis.Readiness = saved;
  }
});

test("level is the rounded-down mean of the answered parameters", () => {
  assert.equal(Readiness.level([2, 2, 2]), 2);
  assert.equal(Readiness.level([1, 2]), 1, "1.5 rounds down");
  assert.equal(Readiness.level([4, 4, 3]), 3, "3.67 rounds down");
  assert.equal(Readiness.level([0, 4]), 2);
  assert.equal(Readiness.level([4]), 4);
  assert.equal(Readiness.level([0]), 0, "Ingen is a level, not 'unanswered'");
});

test("unanswered parameters (-1) are left out of the mean", () => {
  assert.equal(Readiness.level([-1, 4, -1]), 4);
  assert.equal(Readiness.level([3, -1, 1]), 2);
  assert.equal(Readiness.level([-1, -1, -1]), -1, "nothing answered gives -1");
  assert.equal(Readiness.level([]), -1);
});

test("a mean that is a whole number is not pushed below it by floating point", () => {
  // 21 / 7 = 3 and 12 / 6 = 2 must stay 3 and 2, not 2.999… rounded down to 2.
  assert.equal(Readiness.level([3, 3, 3, 3, 3, 3, 3]), 3);
  assert.equal(Readiness.level([1, 2, 3, 4, 0, 2]), 2);
});

test("summarize gives one level per phase and an overall level over all parameters", () => {
  const answers = [0, 1, 1, /* planning */ 2, 3, 4, /* effect */ 4, 4];
  const result = plain(Readiness.summarize(answers, PHASES, STRATEGIC_FROM));
  assert.deepEqual(result.phases, [0, 3, 4]);
  assert.equal(result.overall, 2, "19 / 8 = 2.375: Eksperter");
  assert.equal(LEVELS[result.overall], "Eksperter");
  assert.equal(result.strategic, true);
});

test("the overall level is the mean of all answers, not the mean of the phase levels", () => {
  // Phases [1,1,1 | 1,1,2 | 4,4] are at 1, 1 and 4 (their mean is 2), but the answers' mean is 15/8 → 1.
  const result = plain(Readiness.summarize([1, 1, 1, 1, 1, 2, 4, 4], PHASES, STRATEGIC_FROM));
  assert.deepEqual(result.phases, [1, 1, 4]);
  assert.equal(result.overall, 1);
  assert.equal(result.strategic, false);
});

test("the strategic threshold: strategic from the strategic-from level on", () => {
  const all = (level) => Array(PARAMETERS).fill(level);
  const at = (level) => plain(Readiness.summarize(all(level), PHASES, STRATEGIC_FROM));
  assert.equal(at(0).strategic, false, "Ingen");
  assert.equal(at(1).strategic, false, "Autonom");
  assert.equal(at(2).strategic, true, "Eksperter");
  assert.equal(at(3).strategic, true, "Ambassadører");
  assert.equal(at(4).strategic, true, "Alle");
  // Just below the threshold: seven at Eksperter and one at Autonom is 15/8, rounded down to Autonom.
  const below = plain(Readiness.summarize([2, 2, 2, 2, 2, 2, 2, 1], PHASES, STRATEGIC_FROM));
  assert.equal(below.overall, 1);
  assert.equal(below.strategic, false);
  // Exactly on it.
  const on = plain(Readiness.summarize([1, 3, 2, 2, 2, 2, 2, 2], PHASES, STRATEGIC_FROM));
  assert.equal(on.overall, 2);
  assert.equal(on.strategic, true);
});

test("a model without strategic-from (-1) is never called strategic", () => {
  const result = plain(Readiness.summarize(Array(PARAMETERS).fill(4), PHASES, -1));
  assert.equal(result.overall, 4);
  assert.equal(result.strategic, false);
});

test("unanswered parameters: a phase with none answered is -1, the others count what was answered", () => {
  const answers = [3, -1, -1, /* planning: none */ -1, -1, -1, /* effect */ 1, -1];
  const result = plain(Readiness.summarize(answers, PHASES, STRATEGIC_FROM));
  assert.deepEqual(result.phases, [3, -1, 1]);
  assert.equal(result.overall, 2, "(3 + 1) / 2");
  assert.equal(result.strategic, true);
});

test("nothing answered: every phase and the overall level are -1, and it is not strategic", () => {
  const result = plain(Readiness.summarize(Array(PARAMETERS).fill(-1), PHASES, STRATEGIC_FROM));
  assert.deepEqual(result.phases, [-1, -1, -1]);
  assert.equal(result.overall, -1);
  assert.equal(result.strategic, false);
});

test("encode writes r= and one digit per parameter, '-' for unanswered", () => {
  assert.equal(Readiness.encode([0, 1, 2, 3, 4, -1, 2, -1]), "r=01234-2-");
  assert.equal(Readiness.encode(Array(PARAMETERS).fill(-1)), "r=--------");
});

test("fragment round-trip: decode(encode(answers)) gives the same answers", () => {
  const cases = [
    [0, 1, 2, 3, 4, 0, 1, 2],
    [4, 4, 4, 4, 4, 4, 4, 4],
    [0, 0, 0, 0, 0, 0, 0, 0],
    [-1, 2, -1, 3, -1, -1, 4, -1],
    Array(PARAMETERS).fill(-1),
  ];
  for (const answers of cases) {
    const fragment = Readiness.encode(answers);
    assert.deepEqual(plain(Readiness.decode(fragment, PARAMETERS)), answers, fragment);
    assert.deepEqual(plain(Readiness.decode("#" + fragment, PARAMETERS)), answers, "#" + fragment);
  }
  // Every answer of every parameter, one parameter at a time.
  for (let p = 0; p < PARAMETERS; p++) {
    for (let level = 0; level < LEVELS.length; level++) {
      const answers = Array(PARAMETERS).fill(-1);
      answers[p] = level;
      assert.deepEqual(plain(Readiness.decode("#" + Readiness.encode(answers), PARAMETERS)), answers);
    }
  }
});

test("the result survives the round-trip: same summary after encode → decode", () => {
  const answers = [1, 2, 2, 3, -1, 4, 0, 2];
  const again = Readiness.decode("#" + Readiness.encode(answers), PARAMETERS);
  assert.deepEqual(plain(Readiness.summarize(again, PHASES, STRATEGIC_FROM)),
                   plain(Readiness.summarize(answers, PHASES, STRATEGIC_FROM)));
});

test("decode finds r= among other fragment parameters", () => {
  assert.deepEqual(plain(Readiness.decode("#x=1&r=01234210", PARAMETERS)), [0, 1, 2, 3, 4, 2, 1, 0]);
});

test("a mangled or missing fragment gives unanswered parameters", () => {
  const none = Array(PARAMETERS).fill(-1);
  for (const fragment of ["", "#", "#r=", "#r=abc", "#hello", "#fase-2", "#xr=01234", "r", null, undefined]) {
    assert.deepEqual(plain(Readiness.decode(fragment, PARAMETERS)), none, String(fragment));
  }
});

test("a short fragment answers what it holds and leaves the rest unanswered; extra digits are ignored", () => {
  assert.deepEqual(plain(Readiness.decode("#r=24", PARAMETERS)), [2, 4, -1, -1, -1, -1, -1, -1]);
  assert.deepEqual(plain(Readiness.decode("#r=0123401234", PARAMETERS)), [0, 1, 2, 3, 4, 0, 1, 2]);
  assert.deepEqual(plain(Readiness.decode("#r=1x3", PARAMETERS)), [1, -1, -1, -1, -1, -1, -1, -1],
                   "the answers stop at the first character that is not a digit or '-'");
});

test("decode gives the parameter count asked for", () => {
  assert.equal(Readiness.decode("#r=0123", 3).length, 3);
  assert.equal(Readiness.decode("#r=0123", 10).length, 10);
  assert.equal(Readiness.decode("#r=0123", 0).length, 0);
});

test("digits beyond the last level in a hand-edited fragment read as unanswered", () => {
  assert.deepEqual(plain(Readiness.decode("#r=99999999", PARAMETERS, 5)), Array(PARAMETERS).fill(-1));
  assert.deepEqual(plain(Readiness.decode("#r=45", 2, 5)), [4, -1]);
});
