// The length of a post as each platform counts it, exactly as the build counts it
// (Sources/AdvocacyCore/Model/PostLength.swift): X weighs characters and counts every URL as 23,
// the others count UTF-16 units, and LinkedIn folds a post to "see more" after 210 characters.
// Tests/Fixtures/post-length-vectors.json holds the cases both counters are tested on.
(function (root) {
  "use strict";
  var URL_LENGTH = 23, FOLD = 210;
  var TRAILING = ".,;:!?)]}\"'";
  var whitespace = /^\p{White_Space}/u;
  var emojiPresentation = /^\p{Emoji_Presentation}$/u, emoji = /^\p{Emoji}$/u;
  var segmenter = typeof Intl !== "undefined" && Intl.Segmenter ? new Intl.Segmenter("en", { granularity: "grapheme" }) : null;

  /** The characters of `text` as people see them (grapheme clusters), as Swift's Characters. */
  function characters(text) {
    if (!segmenter) return Array.from(text);
    var out = [];
    for (var part of segmenter.segment(text)) out.push(part.segment);
    return out;
  }

  function isLightWeight(v) {
    return v <= 0x10FF || (v >= 0x2000 && v <= 0x200D) || (v >= 0x2010 && v <= 0x201F) ||
      (v >= 0x2032 && v <= 0x2037) || v === 0xFE0F || v === 0x200D;
  }

  /** An emoji as X weighs it: a pictograph, or any sequence with a variation selector or joiner. */
  function isEmojiLike(character) {
    var scalars = Array.from(character), first = scalars[0], v = first.codePointAt(0);
    if (emojiPresentation.test(first)) return true;
    if (scalars.length > 1 && emoji.test(first) && v > 0x7F) return true;
    return scalars.indexOf("\uFE0F") >= 0 && emoji.test(first) && v > 0x39;
  }

  function weight(chars) {
    var total = 0;
    chars.forEach(function (character) {
      if (isEmojiLike(character)) { total += 2; return; }
      Array.from(character).forEach(function (s) { total += isLightWeight(s.codePointAt(0)) ? 1 : 2; });
    });
    return total;
  }

  function xWeighted(text) {
    var total = 0, word = [];
    function flush() {
      var lower = word.join("").toLowerCase();
      if (lower.indexOf("https://") === 0 || lower.indexOf("http://") === 0 || lower.indexOf("www.") === 0) {
        var end = word.length;
        while (end > 0 && TRAILING.indexOf(word[end - 1]) >= 0) end--;
        total += URL_LENGTH + word.length - end;
      } else {
        total += weight(word);
      }
      word = [];
    }
    characters(text).forEach(function (character) {
      if (whitespace.test(character)) { flush(); total += weight([character]); } else { word.push(character); }
    });
    flush();
    return total;
  }

  root.PostLength = {
    /** The fold: LinkedIn shows this many characters before "see more". */
    fold: FOLD,
    /** The length of `text` on `platform`, with the shared link where X appends it. */
    count: function (text, platform, withLink) {
      return platform === "x" ? xWeighted(text) + (withLink ? 1 + URL_LENGTH : 0) : text.length;
    },
    /** Where LinkedIn cuts `text` to "see more", as an index into the string, or -1 when it shows whole. */
    foldIndex: function (text) {
      var chars = characters(text);
      return chars.length > FOLD ? chars.slice(0, FOLD).join("").length : -1;
    }
  };
})(typeof window !== "undefined" ? window : globalThis);
