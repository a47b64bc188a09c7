#!/usr/bin/env python3
"""Writes a deterministic benchmark hub of N share items (plus N/10 stories and N/20 guidelines)
in SPEC's format: GFM bodies of 400-900 words with tables, lists, links, Danish letters and emoji,
and share texts for every discipline and platform. Usage: generate.py N OUT_DIR"""
import os, random, shutil, sys

WORDS = ("medarbejder kollega deling netværk kunde løsning bæredygtig energi bro sensor data platform "
         "rådgivning ingeniør projekt udvikling kvalitet fællesskab åbenhed indsigt værdi møde ø-samfund "
         "kompetence erfaring læring vækst samarbejde fremtid klima vand forsyning drift").split()
EMOJI = ["🎉", "🚀", "💡", "🌱", "👏"]
DISCIPLINES = ["social-selling", "thought-leadership", "employer-branding"]
PLATFORMS = ["linkedin", "x", "facebook", "instagram"]


def sentence(rng, n):
    words = [rng.choice(WORDS) for _ in range(n)]
    words[0] = words[0].capitalize()
    if rng.random() < 0.2:
        words[rng.randrange(n)] = "**" + words[rng.randrange(n)] + "**"
    if rng.random() < 0.1:
        words.append(rng.choice(EMOJI))
    return " ".join(words) + "."


def body(rng, index, kind):
    parts, words = [], 0
    target = rng.randint(400, 900)
    section = 0
    while words < target:
        section += 1
        parts.append(f"## Afsnit {section}: {rng.choice(WORDS)}")
        paragraph = " ".join(sentence(rng, rng.randint(8, 16)) for _ in range(rng.randint(3, 6)))
        parts.append(paragraph)
        words += len(paragraph.split())
        roll = rng.random()
        if roll < 0.3:
            parts.append("\n".join(f"- {sentence(rng, 6)}" for _ in range(rng.randint(3, 6))))
        elif roll < 0.5:
            parts.append("| Emne | Værdi | Note |\n| --- | ---: | --- |\n" + "\n".join(
                f"| {rng.choice(WORDS)} | {rng.randint(1, 999)} | {rng.choice(WORDS)} ~~gammel~~ |" for _ in range(4)))
        elif roll < 0.6:
            parts.append(f"Læs mere på www.example.dk/{rng.choice(WORDS)} eller i [retningslinjen](../guidelines/g{rng.randrange(max(1, index // 20 + 1))}.md).")
    return "\n\n".join(parts) + "\n"


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(n)
    shutil.rmtree(out, ignore_errors=True)
    for folder in ("share", "stories", "guidelines", "disciplines", "pages", "media"):
        os.makedirs(os.path.join(out, folder))
    with open(os.path.join(out, "hub.yml"), "w") as f:
        f.write("title: Benchmarkhub\nlanguage: da\ntimezone: Europe/Copenhagen\nbase-url: /\n"
                "site-url: https://intranet.example.dk/\n"
                "utm: { medium: employee-advocacy }\ndisclosure: \"#reklame\"\nforbidden-terms: [Projekt Nordlys]\n")
    # One small PNG that every item shows, as an Instagram post needs an image.
    with open(os.path.join(out, "media", "opslag.png"), "wb") as f:
        f.write(bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                              "1f15c4890000000d4944415478da63f8cfc0f01f0005ff02fea7d6a18f0000000049454e44ae426082"))
    for i, d in enumerate(DISCIPLINES):
        with open(os.path.join(out, "disciplines", d + ".md"), "w") as f:
            f.write(f"---\ntitle: {d}\norder: {i}\n---\n" + body(rng, 0, "discipline"))
    guidelines = max(1, n // 20)
    for g in range(guidelines):
        with open(os.path.join(out, "guidelines", f"g{g}.md"), "w") as f:
            f.write(f"---\ntitle: Retningslinje {g}\norder: {g}\n---\n" + body(rng, 0, "guideline").replace(f"(../guidelines/", "("))
    for s in range(max(1, n // 10)):
        with open(os.path.join(out, "stories", f"historie-{s}.md"), "w") as f:
            f.write(f"---\ntitle: Historie {s} om {rng.choice(WORDS)}\ndate: 2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}\n"
                    f"disciplines: [{rng.choice(DISCIPLINES)}]\nperson: Kollega {s}\nrole: Konsulent\n"
                    f"results:\n  - {{label: Visninger, value: \"{rng.randint(100, 9999)}\"}}\n---\n" + body(rng, s, "story"))
    for i in range(n):
        disciplines = rng.sample(DISCIPLINES, rng.randint(1, 3))
        day = rng.randint(0, 120)
        month, dom = (11 + day // 28 - 1) % 12 + 1, day % 28 + 1
        year = 2026 if day // 28 < 2 else 2027
        sponsored = rng.random() < 0.1
        blocks = []
        for d in disciplines:
            for p in PLATFORMS:
                text = sentence(rng, rng.randint(10, 25)) + f" #{rng.choice(WORDS)} {rng.choice(EMOJI)}"
                if sponsored:
                    text = "#reklame " + text
                blocks.append(f"```share {d} {p}\n{text}\n```")
        with open(os.path.join(out, "share", f"opslag-{i}.md"), "w") as f:
            f.write(f"---\ntitle: Opslag {i} om {rng.choice(WORDS)} og {rng.choice(WORDS)}\nsummary: \"{sentence(rng, 10).replace('**', '')}\"\n"
                    f"link: https://www.example.dk/nyheder/{i}\nimage: media/opslag.png\ndisciplines: [{', '.join(disciplines)}]\n"
                    f"publish: {year}-{month:02d}-{dom:02d}T07:30\nexpires: 2028-06-01\nbest-time: \"07:30-08:45\"\n"
                    f"sponsored: {'true' if sponsored else 'false'}\n---\n" + body(rng, i, "share") + "\n" + "\n\n".join(blocks) + "\n")


if __name__ == "__main__":
    main()
