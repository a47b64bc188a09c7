/// What `advocacy check` prints in Danish for each invalid fixture, as `InvalidFixture.diagnostics`
/// holds it in English.
extension InvalidFixtureTests {
    static let danish: [String: [String]] = [
        "yaml-syntax": [
            "share/aarhus.md:2:14: fejl: værdien af 'title' indeholder ': ', som YAML læser som starten på en ny nøgle; sæt værdien i anførselstegn: title: \"Aarhus: nyt kontor\"",
        ],
        "hub-yaml-syntax": [
            "hub.yml:4:13: fejl: anførselstegnet, der åbnes her, bliver aldrig lukket: afslut værdien med samme slags anførselstegn",
        ],
        "unclosed-front-matter": [
            "share/aarhus.md:1:1: fejl: front matter åbnes med '---', men bliver aldrig lukket: tilføj en linje med '---' efter den sidste nøgle",
        ],
        "missing-title": [
            "share/aarhus.md:2:1: fejl: nøglen 'title' mangler: tilføj en linje med 'title: …'",
        ],
        "wrong-type": [
            "share/aarhus.md:7:12: fejl: 'sponsored' skal være true eller false",
        ],
        "wrong-type-list": [
            "share/aarhus.md:4:14: fejl: 'disciplines' skal være en liste, fx [a, b]",
        ],
        "unknown-key": [
            "stories/foerste-kunde.md:4:1: fejl: ukendt nøgle 'disciplne'; mente du 'disciplines'? Som det står, ville det ikke blive vist under sine discipliner",
        ],
        "bad-date": [
            "share/aarhus.md:5:10: fejl: 'publish' er ikke en dato: '2026-12-32'; skriv 2026-12-01, 2026-12-01T08:00 eller 2026-12-01T08:00:00+01:00",
        ],
        "expires-before-publish": [
            "share/aarhus.md:6:10: fejl: 'expires' ligger ikke efter 'publish', så opslaget ville aldrig komme i delekøen; ret en af datoerne",
        ],
        "bad-best-time": [
            "share/aarhus.md:7:12: fejl: 'best-time' skal være et tidsrum som \"07:30-08:45\"",
        ],
        "unknown-discipline": [
            "share/aarhus.md:4:31: fejl: ukendt disciplin 'sales'; kendte: employer-branding, social-selling",
        ],
        "share-text-unlisted-discipline": [
            "share/aarhus.md:14:1: fejl: teksten er til 'employer-branding', som opslaget ikke nævner under 'disciplines'",
        ],
        "listed-discipline-without-share-text": [
            "share/aarhus.md:4:31: fejl: ingen tekst til 'employer-branding'; tilføj en blok, der begynder med ```share employer-branding, i brødteksten",
        ],
        "unknown-platform": [
            "share/aarhus.md:10:1: fejl: ukendt platform 'tiktok'; kendte: linkedin, x, facebook, instagram",
        ],
        "over-limit": [
            "share/aarhus.md:10:1: fejl: teksten til X er 320 tegn med linket; grænsen er 280",
        ],
        "sponsored-without-disclosure": [
            "share/aarhus.md:11:1: fejl: opslaget er sponsoreret, så teksten skal indeholde '#reklame' (reklame skal markeres)",
        ],
        "forbidden-term": [
            "share/aarhus.md:12:38: fejl: 'Projekt Nordlys' står på listen 'forbidden-terms' i hub.yml (linje 5); slet det fra den udgivne tekst",
        ],
        "forbidden-term-title": [
            "share/aarhus.md:2:8: fejl: 'Projekt Nordlys' står på listen 'forbidden-terms' i hub.yml (linje 5); slet det fra den udgivne tekst",
        ],
        "forbidden-term-summary": [
            "share/aarhus.md:3:10: fejl: 'Projekt Nordlys' står på listen 'forbidden-terms' i hub.yml (linje 5); slet det fra den udgivne tekst",
        ],
        "broken-link": [
            "share/aarhus.md:8:28: fejl: linket '../guidelines/politik.md' peger på 'guidelines/politik.md', som ikke findes",
        ],
        "link-to-draft": [
            "share/aarhus.md:8:28: fejl: linket '../guidelines/politik.md' peger på en kladde; det ville blive et dødt link på sitet",
        ],
        "link-to-embargoed": [
            "share/aarhus.md:8:32: fejl: linket 'lancering.md' peger på et opslag under embargo til 2027-01-10 08:00; det ville blive et dødt link på sitet",
        ],
        "missing-media": [
            "share/aarhus.md:4:8: fejl: 'media/nope.svg' findes ikke i indholdsmappen",
        ],
        "duplicate-slug": [
            "share/odense.md:3:7: fejl: slug 'nyt-kontor' bruges også af {hub}/share/aarhus.md; to opslag kan ikke have samme webadresse: omdøb den ene fil, eller sæt 'slug'",
        ],
        "bad-language": [
            "hub.yml:2:11: fejl: ukendt sprog 'fr'; kendte: da, en",
        ],
        "bad-timezone": [
            "hub.yml:3:11: fejl: ukendt tidszone 'Europe/Copenhagn'; skriv et IANA-navn som Europe/Copenhagen",
        ],
        "bad-base-url": [
            "hub.yml:6:11: fejl: base-url 'hub dir' er ikke en sti; skriv en sti som / eller /advocacy/",
        ],
        "readiness-level-count": [
            "readiness.yml:8:9: fejl: 'Engagement' har 4 niveaubeskrivelser; skriv præcis én pr. niveau (5: Ingen, Autonom, Eksperter, Ambassadører, Alle)",
        ],
        "template-syntax": [
            "site-templates/layouts/story.mustache:10:4: fejl: syntaksfejl i skabelonen: en sektion bliver lukket med et andet navn, end den blev åbnet med",
        ],
        "missing-partial": [
            "site-templates/layouts/discipline.mustache:21:11: fejl: skabelonen nævner delskabelonen 'share-kort', som ikke findes; en skabelon hedder det samme som sin fil uden .mustache, fx share-card",
        ],
        "template-cycle": [
            "site-templates/partials/footer.mustache:3:1: fejl: 'footer' tager 'footer' med igen, så siden ville aldrig slutte; slet dette tag, eller skriv navnet på en anden skabelon",
        ],
        "invalid-utf8": [
            "share/aarhus.md:8:23: fejl: filen er ikke gyldig UTF-8 herfra (den er gemt med en anden tegnkodning); gem den som UTF-8",
        ],
        "no-front-matter": [
            "share/aarhus.md:1:1: fejl: filen mangler front matter (toppen mellem '---'-linjerne): start filen med en linje med '---', så 'title: …', så '---'",
        ],
        "empty-file": [
            "share/odense.md:1:1: fejl: filen mangler front matter (toppen mellem '---'-linjerne): start filen med en linje med '---', så 'title: …', så '---'",
        ],
        "symlink-outside": [
            "share/outside.md:1:1: fejl: 'share/outside.md' fører uden for indholdsmappen, så den bliver ikke læst",
        ],
        "media-fifo": [
            "media/pipe.svg:1:1: fejl: 'media/pipe.svg' er en navngiven pipe, en enhed eller en socket, ikke en fil; et site kan kun "
                + "rumme filer: fjern den fra indholdsmappen, eller læg selve filen dér",
            "readiness.yml:1:1: fejl: dette er en navngiven pipe, en enhed eller en socket, ikke en fil; et site kan kun "
                + "rumme filer: fjern den fra indholdsmappen, eller læg selve filen dér",
            "share/pipe.md:1:1: fejl: 'share/pipe.md' er en navngiven pipe, en enhed eller en socket, ikke en fil; et site kan kun "
                + "rumme filer: fjern den fra indholdsmappen, eller læg selve filen dér",
        ],
        "link-loop": [
            "media/loop.svg:1:1: fejl: 'media/loop.svg' er et symbolsk link, der fører rundt i ring; det springes over: "
                + "lad det pege på en fil eller mappe, eller fjern det",
            "share/loop.md:1:1: fejl: 'share/loop.md' er et symbolsk link, der fører rundt i ring; det springes over: "
                + "lad det pege på en fil eller mappe, eller fjern det",
        ],
        "non-markdown-file": [
            "share/notes.txt:1:1: advarsel: springes over: ikke en Markdown-fil (kun .md-filer i share/ bliver læst)",
        ],
        "forbidden-term-hub-title": [
            "hub.yml:1:8: fejl: 'Projekt Nordlys' står på listen 'forbidden-terms' i hub.yml (linje 5); slet det fra den udgivne tekst",
        ],
        "forbidden-term-file-name": [
            "share/projekt-nordlys.md:1:1: fejl: 'Projekt Nordlys' står på listen 'forbidden-terms' i hub.yml (linje 5) i filnavnet, som bliver en del af en webadresse; omdøb filen",
        ],
        "discipline-file-name": [
            "disciplines/q?x=1#frag.md:1:1: fejl: filnavnet 'q?x=1#frag.md' er disciplinens id, som bruges i webadresser og share-blokke: brug kun små bogstaver a–z, tal og enkelte bindestreger imellem; omdøb filen til q-x-1-frag.md",
        ],
        "bad-year": [
            "share/aarhus.md:5:10: fejl: 'publish' er '0000-01-01', et år før 1900; skriv et år fra 1900 til 9999, fx 2026-12-01",
        ],
        "daylight-saving-gap": [
            "share/aarhus.md:5:10: fejl: 'publish' er et tidspunkt, der ikke findes i Europe/Copenhagen: den 2027-03-28 stilles urene fra 02:00 direkte til 03:00; skriv 2027-03-28T03:00 i stedet",
        ],
        "backslash-link": [
            "share/aarhus.md:3:7: fejl: 'link' har en omvendt skråstreg (\\) før stien: browsere ville åbne et andet site end det, adressen ser ud til at pege på; fjern den omvendte skråstreg",
        ],
        "backslash-link-in-text": [
            "share/aarhus.md:8:27: fejl: linket 'https://evil.com\\@good.dk/' har en omvendt skråstreg (\\) før stien: browsere ville åbne et andet site end det, linket ser ud til at pege på; slet den omvendte skråstreg",
        ],
        "file-name-newline": [
            "share/ny\\nlinje.md:1:1: fejl: filen mangler front matter (toppen mellem '---'-linjerne): start filen med en linje med '---', så 'title: …', så '---'",
        ],
        "name-joins-slash": [
            "share/\u{301}aarhus.md:1:1: fejl: 'share/\u{301}aarhus.md' springes over: navnet begynder eller slutter med U+0301, et tegn, der hæfter sig på / ved siden af (fx en accent alene, som måske ikke ses), så hubben ikke kan se, hvilken mappe den ligger i; omdøb den, fx til 'aarhus.md'",
        ],
        "share-fence-unclosed": [
            "share/aarhus.md:10:1: fejl: share-blokken, der begynder på linje 10, bliver aldrig lukket: tilføj en linje med ``` efter blokkens tekst",
        ],
        "share-fence-unclosed-middle": [
            "share/aarhus.md:10:1: fejl: share-blokken, der begynder på linje 10, er ikke lukket, før linje 13 begynder en ny blok: tilføj en linje med ``` efter blokkens tekst",
        ],
        "vertical-tab": [
            "share/aarhus.md:8:13: advarsel: et lodret tabulatortegn (U+000B), som Word skriver for et linjeskift, erstattes af et mellemrum: websider og feeds kan ikke indeholde det; slet det, eller skriv et almindeligt linjeskift",
        ],
        "nul-in-link": [
            "share/aarhus.md:8:61: fejl: filen indeholder et NUL-tegn (U+0000) her; slet det (en fil fuld af dem er gemt som UTF-16: gem den som UTF-8)",
        ],
        "lone-carriage-return": [
            "share/aarhus.md:8:23: fejl: her står et vognreturtegn uden linjeskift (U+000D); slet det, eller gem filen med almindelige linjeskift (LF eller CRLF)",
        ],
        "yaml-escape-control": [
            "share/aarhus.md:3:10: fejl: 'summary' indeholder et usynligt kontroltegn (U+0001), skrevet som en YAML-escape; slet det",
        ],
        "yaml-escape-key": [
            "hub.yml:6:1: fejl: en nøgle indeholder et lodret tabulatortegn (U+000B), skrevet som en YAML-escape; slet det",
        ],
        "character-reference-control": [
            "share/aarhus.md:8:22: fejl: tegnreferencen '&#11;' står for et lodret tabulatortegn (U+000B), som websider og feeds ikke kan indeholde; slet den",
        ],
        "table-too-wide": [
            "share/aarhus.md:14:1: fejl: tabellen har 101 kolonner; en tabel kan højst have 100: del den op i smallere tabeller",
        ],
        "table-row-too-many-bars": [
            "share/aarhus.md:16:1: fejl: tabelrækken har 241 '|'; en række kan højst have 200: del tabellen op i smallere tabeller, eller skriv et '|', der ikke er en kolonnekant, som '&#124;'",
        ],
        "table-too-many-cells": [
            "share/aarhus.md:16:1: fejl: tabellerne i filen har mere end 200.000 celler (kolonner × rækker); gør dem mindre, eller fordel dem på flere filer",
        ],
        "too-many-share-blocks": [
            "share/aarhus.md:410:1: fejl: filen har 101 share-blokke; en fil kan højst have 100: fordel teksterne på flere opslag",
        ],
        "too-many-angle-brackets": [
            "share/aarhus.md:14:1: fejl: mere end 5.000 '<' indtil her uden en tom linje imellem; sæt tomme linjer mellem afsnittene, eller skriv '&lt;' for et '<', der ikke starter HTML",
        ],
        "too-many-brackets": [
            "share/aarhus.md:14:1: fejl: mere end 5.000 '[' indtil her uden en tom linje imellem; sæt tomme linjer mellem afsnittene, eller skriv '&#91;' for et '[', der ikke åbner et link",
        ],
        "nesting-too-deep": [
            "share/aarhus.md:14:1: fejl: citater og lister ligger 51 niveauer inden i hinanden her; højst 50 er tilladt: fjern nogle af '>', '-' eller '1.' i starten af linjen, eller ryk den mindre ind",
        ],
        "disclosure-inside-word": [
            "share/aarhus.md:11:1: fejl: opslaget er sponsoreret, og '#reklamefri' er ikke markeringen '#reklame'; skriv '#reklame' som et ord for sig selv (reklame skal markeres)",
        ],
        "share-discipline-typo": [
            "share/aarhus.md:10:1: fejl: ukendt disciplin 'socail-selling' i share-blokken; kendte: social-selling; mente du 'social-selling'?",
        ],
        "platform-twitter": [
            "share/aarhus.md:10:1: fejl: 'twitter' hedder nu 'x'; skriv ```share social-selling x",
        ],
        "platform-typo": [
            "share/aarhus.md:10:1: fejl: ukendt platform 'linkdin'; kendte: linkedin, x, facebook, instagram; mente du 'linkedin'?",
        ],
        "new-placeholders": [
            "share/aarhus.md:4:7: fejl: 'https://www.example.dk/' er det eksempellink, `advocacy new` skrev; skriv adressen på den side, kollegerne deler",
            "share/aarhus.md:11:1: fejl: 'Baggrund for kolleger: hvorfor historien er vigtig, talepunkter, og hvem man kan spørge.' er den pladsholder, `advocacy new` skrev; skriv den baggrund, kollegerne har brug for: hvorfor historien er vigtig, hvad de kan fremhæve, og hvem de kan spørge",
            "share/aarhus.md:14:1: fejl: 'Skriv teksten her.' er den pladsholder, `advocacy new` skrev; skriv den tekst, kollegerne kan dele",
        ],
        "empty-summary-person-role": [
            "share/aarhus.md:3:1: advarsel: 'summary' er tom; skriv en sætning eller to om, hvad opslaget handler om (delekøen viser den under titlen)",
            "stories/foerste-kunde.md:5:1: advarsel: 'person' er tom; skriv navnet på den kollega, historien handler om",
            "stories/foerste-kunde.md:6:1: advarsel: 'role' er tom; skriv kollegaens rolle, fx Konsulent",
        ],
        "media-other-capitals": [
            "share/aarhus.md:4:8: fejl: billedet er 'media/aalborg-kontor.svg', men filen hedder 'Aalborg-Kontor.svg'; skriv navnet med de samme store og små bogstaver",
            "share/aarhus.md:9:4: fejl: linket '../media/aalborg-kontor.svg' peger på 'media/aalborg-kontor.svg', men filen hedder 'Aalborg-Kontor.svg'; skriv navnet med de samme store og små bogstaver",
        ],
        "yaml-tab-indent": [
            "share/aarhus.md:5:1: fejl: linjen er rykket ind med et tabulatortegn, men YAML rykker kun ind med mellemrum: skift tabulatortegnet ud med mellemrum",
        ],
        "yaml-missing-space": [
            "share/aarhus.md:3:6: fejl: der mangler et mellemrum efter ':'; skriv 'link: https://www.nordvik.dk/aarhus'",
        ],
        "yaml-list-without-brackets": [
            "share/aarhus.md:4:14: fejl: 'disciplines' skal være en liste: sæt den i firkantede parenteser, [social-selling, employer-branding]",
        ],
        "yaml-unclosed-bracket": [
            "share/aarhus.md:4:14: fejl: listen, der åbnes her med [, bliver aldrig lukket: afslut den med ], som i [a, b]",
        ],
        "yaml-curly-quotes": [
            "share/aarhus.md:7:12: fejl: 'best-time' står i typografiske anførselstegn (“…”), som YAML regner som en del af værdien; brug lige anførselstegn eller ingen: best-time: \"07:30-08:45\"",
        ],
        "yaml-duplicate-key": [
            "share/aarhus.md:3:1: fejl: nøglen 'link' er skrevet to gange; slet den ene",
        ],
        "yaml-list-without-space": [
            "share/aarhus.md:5:3: fejl: der mangler et mellemrum efter '-', så YAML læser '-social-selling' som tekst og ikke som et punkt i en liste; skriv '- social-selling'",
        ],
        "link-without-md": [
            "share/aarhus.md:8:28: fejl: linket '../guidelines/politik' fører til '/share/guidelines/politik' på sitet, og der er ingen side eller fil dér; skriv filens navn med .md for at linke til den: '../guidelines/politik.md'",
        ],
        "root-link-typo": [
            "share/aarhus.md:8:28: fejl: sitet har ingen side eller fil på '/guidelines/politk/'; mente du '/guidelines/politik/'?",
        ],
        "site-address-link-typo": [
            "share/aarhus.md:8:28: fejl: linket 'https://intranet.nordvik.dk/hub/guidelines/politk/' fører til '/guidelines/politk/' på sitet, og der er ingen side eller fil dér; mente du '/guidelines/politik/'?",
        ],
        "forbidden-term-media-folder": [
            "media/projekt-nordlys:1:1: fejl: 'Projekt Nordlys' står på listen 'forbidden-terms' i hub.yml (linje 5) i navnet på mappen 'media/projekt-nordlys', som bliver en del af en webadresse; omdøb mappen",
        ],
        "link-md-typo": [
            "share/aarhus.md:8:28: fejl: linket '../guidelines/politk.md#kritik' peger på 'guidelines/politk.md', som ikke findes; mente du '../guidelines/politik.md#kritik'?",
        ],
        "results-per-person-column": [
            "results/metrics.csv:1:21: fejl: kolonnen 'team' ville rumme tal om enkelte personer; resultater er kun totaler: slet kolonnen, og skriv én total pr. periode og mål",
        ],
        "results-unknown-column": [
            "results/metrics.csv:1:21: fejl: ukendt kolonne 'notes'; kolonnerne er period, metric, value, target, note og preliminary; mente du 'note'?",
        ],
        "results-unknown-metric": [
            "results/metrics.csv:3:9: fejl: ukendt mål 'reech'; brug et af de indbyggede (applications, clicks, impressions, leads, participants, participation-rate, profile-views, reach, reactions, shares, site-visits), eller skriv det i hub.yml under 'metrics'; mente du 'reach'?",
        ],
        "results-bad-period": [
            "results/metrics.csv:2:1: fejl: '2026-Q5' er ikke en periode; skriv et kvartal som 2026-Q4, en måned som 2026-11 eller en ISO-uge som 2026-W48",
        ],
        "results-duplicate-row": [
            "results/metrics.csv:4:9: fejl: 'reach' for 2026-Q3 står allerede på linje 2; behold én række pr. periode og mål",
        ],
        "results-thousands-separator": [
            "results/metrics.csv:2:15: fejl: '12.400' ligner et tal med tusindtalsseparator, men punktum er decimaltegn her; skriv 12400 uden punktum",
        ],
        "results-not-a-number": [
            "results/metrics.csv:2:15: fejl: '12,5' har decimalkomma; skriv punktum før decimalerne: 12.5",
        ],
        "results-negative": [
            "results/metrics.csv:2:16: fejl: '-40' er under 0; en total er 0 eller mere",
        ],
        "results-rate-over-100": [
            "results/metrics.csv:2:33: fejl: '120' er over 100, og 'participation-rate' er en procentdel; skriv en andel af 100, fx 42.5",
        ],
        "results-period-after-now": [
            "results/metrics.csv:3:1: fejl: 2027-Q1 begynder 2027-01-01, efter nu; skriv kun resultater for perioder, der er begyndt",
        ],
        "results-small-group": [
            "results/metrics.csv:2:23: advarsel: kun 3 deltog i 2026-W48, færre end min-group (5); deltagere og deltagelsesgrad for 2026-W48 bliver ikke vist, så ingen kan udpeges",
        ],
        "results-evaluation-name": [
            "results/q3.md:1:1: fejl: 'q3.md' er ikke opkaldt efter en periode; giv en evaluering navn efter sin periode, fx 2026-Q4.md, 2026-11.md eller 2026-W48.md",
        ],
        "results-stray-quote": [
            "results/metrics.csv:2:21: fejl: et anførselstegn inde i en tekst i anførselstegn skal skrives to gange (\"\"), og teksten skal slutte med et anførselstegn; metrics.csv bliver ikke læst efter dette felt",
        ],
        "share-prompt-malformed": [
            "share/aarhus.md:11:56: fejl: feltet, der begynder med '[[', bliver ikke lukket på sin linje; afslut det med ']]', som i [[hvad du selv lavede på projektet]]",
            "share/aarhus.md:12:12: fejl: feltet er tomt; skriv mellem '[[' og ']]', hvad kollegerne skal udfylde, fx [[hvad du selv lavede på projektet]]",
            "share/aarhus.md:13:10: fejl: et felt kan ikke rumme et andet felt; luk det første med ']]', før det næste '[[' begynder",
            "share/aarhus.md:19:15: fejl: feltet, der begynder med '[[', bliver ikke lukket på sin linje; afslut det med ']]', som i [[hvad du selv lavede på projektet]]",
        ],
        "share-prompt-over-limit-filled": [
            "share/aarhus.md:10:1: advarsel: når hvert felt er udfyldt med en typisk sætning på 60 tegn, er teksten til X 289 tegn; grænsen er 280: gør teksten kortere, eller brug færre felter",
        ],
        "instagram-without-image": [
            "share/aarhus.md:14:1: advarsel: opslaget har en tekst til Instagram, men intet billede i JPEG eller PNG, og et opslag på Instagram skal have et; sæt 'image' til en .jpg- eller .png-fil i media/",
        ],
        "bad-site-url": [
            "hub.yml:7:11: fejl: site-url 'intranet.nordvik.dk/hub' er ikke sitets webadresse; skriv adressen, sitet ligger på, med https:// foran og / til sidst, fx https://intranet.example.dk/advocacy/",
        ],
        "base-url-not-site-path": [
            "hub.yml:6:11: fejl: base-url '/hub/' er ikke stien i site-url 'https://intranet.nordvik.dk/advocacy/', så links i feeds og ugebrevet ville føre et andet sted hen; skriv base-url: /advocacy/, eller udelad base-url, så følger den site-url",
        ],
        "unknown-key-publish": [
            "share/aarhus.md:5:1: fejl: ukendt nøgle 'pubish'; mente du 'publish'? Som det står, ville opslaget blive udgivet med det samme, uden embargo",
        ],
        "unknown-key-sponsored": [
            "share/aarhus.md:7:1: fejl: ukendt nøgle 'sponsered'; mente du 'sponsored'? Som det står, ville opslaget blive udgivet uden teksten fra 'disclosure' og uden mærket om, at det er reklame",
        ],
        "unknown-key-hub": [
            "hub.yml:5:1: fejl: ukendt nøgle 'forbiden-terms'; mente du 'forbidden-terms'?",
            "hub.yml:8:55: fejl: ukendt nøgle 'units'; mente du 'unit'?",
        ],
        "unknown-key-readiness": [
            "readiness.yml:4:5: fejl: ukendt nøgle 'descripton'; mente du 'description'?",
        ],
        "unknown-key-discipline": [
            "disciplines/social-selling.md:4:1: fejl: ukendt nøgle 'udfordring'; mente du 'challenge'?",
        ],
        "quiz-two-right-answers": [
            "guidelines/selvtjek.md:10:16: fejl: 2 svar er markeret som rigtige; et spørgsmål har præcis ét rigtigt svar: behold 'right: true' på det og slet linjen fra de andre",
        ],
        "quiz-answer-without-why": [
            "guidelines/selvtjek.md:9:9: fejl: svaret har ingen 'why:'; skriv én linje, der forklarer, hvorfor det er rigtigt eller forkert, fx \"why: Kunden har ikke sagt ja til at blive nævnt.\"",
        ],
    ]
}
