/// Det danske katalog.
extension MessageID {
    var danish: String {
        switch self {
        // MARK: Shared parts
        case .didYouMean: "; mente du '{name}'?"
        case .severityError: "fejl"
        case .severityWarning: "advarsel"
        case .countLine: "{errors:fejl|fejl}, {warnings:advarsel|advarsler}"

        // MARK: Commands and build summary
        case .usageErrorLine: "advocacy: fejl: {message}"
        case .siteNotWritten: "advocacy: sitet blev ikke skrevet; ret fejlene ovenfor"
        case .buildSummary: "byggede {pages:side|sider} ({files:fil|filer}): {active} aktive, {embargoed} under embargo, {expired} udløbet{drafts}; {next}"
        case .nextChange: "næste ændring {when} {zone}"
        case .noScheduledChange: "ingen planlagt ændring"
        case .draftsLeftOut: ", {drafts:kladde|kladder} udeladt"
        case .serving: "viser sitet på {address} (Ctrl-C stopper)"
        case .notRebuiltErrors: "ikke bygget igen: indholdet har fejl; viser stadig det sidste gode site"
        case .notRebuilt: "ikke bygget igen: {reason}"
        case .filesRendered: ", {files:fil|filer} dannet"

        // MARK: Loading
        case .missingHubFile: "hub.yml mangler: indholdsmappen skal have en, med mindst 'title:'"
        case .unknownLanguage: "ukendt sprog '{name}'; kendte: {known}"
        case .unknownTimeZone: "ukendt tidszone '{name}'; skriv et IANA-navn som Europe/Copenhagen"
        case .malformedBaseURL: "base-url '{url}' er ikke en sti; skriv en sti som / eller /advocacy/"
        case .unknownPlatform: "ukendt platform '{name}'; kendte: {known}{suggestion}"
        case .limitNotPositive: "'limit' skal være over 0"
        case .notAMapping: "{what} skal bestå af linjer på formen `nøgle: værdi`"
        case .wholeFile: "filen"
        case .wholeFrontMatter: "front matter (toppen mellem '---'-linjerne)"
        case .namedKey: "'{key}'"
        case .anyKey: "en nøgle"
        case .anEntryOf: "en post i '{key}'"
        case .eachEntryOf: "hver post i '{key}'"
        case .aReadinessPhase: "en fase"
        case .aReadinessParameter: "en parameter"
        case .escapedUnsafeCharacter: "{what} indeholder {character}, skrevet som en YAML-escape; slet det"
        case .unreadableYAML: "YAML kan ikke læses: {reason}"
        case .invalidYAML: "ugyldig YAML: {problem}{context}"
        case .invalidYAMLContext: " ({context} på linje {line}, kolonne {column})"
        case .duplicateKey: "nøglen '{keys}' er skrevet to gange; slet den ene"
        case .mustBeText: "'{key}' skal være tekst, ikke {kind}"
        case .yamlKindText: "tekst"
        case .yamlKindMapping: "en gruppe af `nøgle: værdi`-linjer"
        case .yamlKindList: "en liste"
        case .yamlKindAlias: "et alias"
        case .missingRequiredKey: "nøglen '{key}' mangler: tilføj en linje med '{key}: …'"
        case .mustBeTrueOrFalse: "'{key}' skal være true eller false"
        case .mustBeWholeNumber: "'{key}' skal være et helt tal"
        case .listNeedsBrackets: "'{key}' skal være en liste: sæt den i firkantede parenteser, [{written}]"
        case .mustBeList: "'{key}' skal være en liste, fx [a, b]"
        case .listEntryNotText: "hver post i '{key}' skal være tekst"
        case .unknownKey: "ukendt nøgle '{key}'{hint}"
        case .knownKeys: "; kendte nøgler: {keys}"
        case .tabIndent: "linjen er rykket ind med et tabulatortegn, men YAML rykker kun ind med mellemrum: skift tabulatortegnet ud med mellemrum"
        case .colonInValue: "værdien af '{key}' indeholder ': ', som YAML læser som starten på en ny nøgle; sæt værdien i anførselstegn: {key}: \"{value}\""
        case .unclosedQuote: "anførselstegnet, der åbnes her, bliver aldrig lukket: afslut værdien med samme slags anførselstegn"
        case .unclosedBracket: "listen, der åbnes her med [, bliver aldrig lukket: afslut den med ], som i [a, b]"
        case .unclosedBrace: "tegnet { åbnes her, men bliver aldrig lukket: afslut med }, som i { limit: 280 }"
        case .dashWithoutSpace: "der mangler et mellemrum efter '-', så YAML læser '{written}' som tekst og ikke som et punkt i en liste; skriv '{fixed}'"
        case .colonWithoutSpace: "der mangler et mellemrum efter ':'; skriv '{fixed}'"
        case .curlyQuoted: "'{key}' står i typografiske anførselstegn ({open}…{close}), som YAML regner som en del af værdien; brug lige anførselstegn eller ingen: {key}: \"{value}\""
        case .unreadableContentFile: "filen kan ikke læses"
        case .invalidUTF8: "filen er ikke gyldig UTF-8 herfra (den er gemt med en anden tegnkodning); gem den som UTF-8"
        case .nulCharacter: "filen indeholder et NUL-tegn (U+0000) her; slet det (en fil fuld af dem er gemt som UTF-16: gem den som UTF-8)"
        case .loneCarriageReturn: "her står et vognreturtegn uden linjeskift (U+000D); slet det, eller gem filen med almindelige linjeskift (LF eller CRLF)"
        case .verticalTabReplaced: "et lodret tabulatortegn (U+000B), som Word skriver for et linjeskift, erstattes af et mellemrum: websider og feeds kan ikke indeholde det; slet det, eller skriv et almindeligt linjeskift"
        case .unsafeCharacterReplaced: "{character} erstattes af et mellemrum: websider og feeds kan ikke indeholde det; slet det"
        case .moreUnsafeCharacters: "der følger {count} tegn mere i filen, som sider og feeds ikke kan indeholde, heriblandt NUL-tegn eller vognreturtegn uden linjeskift; slet dem"
        case .moreInvisibleCharacters: "der følger {count} usynlige tegn mere i filen, som sider og feeds ikke kan indeholde; de erstattes også af mellemrum: slet dem"
        case .characterNUL: "et NUL-tegn ({code})"
        case .characterVerticalTab: "et lodret tabulatortegn ({code})"
        case .characterPageBreak: "et sideskift ({code})"
        case .characterCarriageReturn: "et vognreturtegn uden linjeskift ({code})"
        case .characterControl: "et usynligt kontroltegn ({code})"
        case .characterNoncharacter: "et reserveret Unicode-tegn, som ikke må bruges ({code})"
        case .fileLeadsOutside: "'{path}' fører uden for indholdsmappen, så den bliver ikke læst"
        case .mediaLeadsOutside: "'{path}' fører uden for indholdsmappen, så den bliver ikke kopieret"
        case .mediaLinkAlreadyListed: "'{path}' er en genvej til '{target}', som allerede er med, så den bliver ikke fulgt"
        case .subfolderIgnored: "mappen springes over: Markdown-filerne skal ligge direkte i {kind}/, ikke i undermapper"
        case .notMarkdownIgnored: "springes over: ikke en Markdown-fil (kun .md-filer i {kind}/ bliver læst)"
        case .missingFrontMatter: "filen mangler front matter (toppen mellem '---'-linjerne): start filen med en linje med '---', så 'title: …', så '---'"
        case .unclosedFrontMatter: "front matter åbnes med '---', men bliver aldrig lukket: tilføj en linje med '---' efter den sidste nøgle"
        case .emptySlug: "webadressens navn (slug) bliver tomt; giv filen et navn med bogstaver, eller skriv 'slug'"
        case .disciplineFileName: "filnavnet '{name}' er disciplinens id, som bruges i webadresser og share-blokke: brug kun små bogstaver a–z, tal og enkelte bindestreger imellem; omdøb filen {suggestion}"
        case .renameTo: "til {name}"
        case .renameExample: "fx til social-selling.md"
        case .linkKeyBackslash: "'link' har en omvendt skråstreg (\\) før stien: browsere ville åbne et andet site end det, adressen ser ud til at pege på; fjern den omvendte skråstreg"
        case .linkKeyNotWebAddress: "'link' skal være en webadresse, der starter med https:// eller http://"
        case .missingDisciplines: "nøglen 'disciplines' mangler: skriv, hvilke discipliner opslaget er til, fx disciplines: [social-selling]"
        case .expiresNotAfterPublish: "'expires' ligger ikke efter 'publish', så opslaget ville aldrig komme i delekøen; ret en af datoerne"
        case .bestTimeNotWindow: "'best-time' skal være et tidsrum som \"07:30-08:45\""
        case .resultsNotList: "'results' skal være en liste, hvor hver post har 'label' og 'value'"
        case .notADate: "'{key}' er ikke en dato: '{value}'; skriv 2026-12-01, 2026-12-01T08:00 eller 2026-12-01T08:00:00+01:00"
        case .yearOutOfRange: "'{key}' er '{value}', et år før {first}; skriv et år fra {first} til {last}, fx 2026-12-01"
        case .skippedTime: "'{key}' er et tidspunkt, der ikke findes i {zone}: den {day} stilles urene fra {from} direkte til {to}; skriv {day}T{to} i stedet"
        case .missingLevels: "nøglen 'levels' mangler: skriv niveauerne som en liste, fx [Ingen, Autonom, …]"
        case .strategicFromNotLevel: "'strategic-from' nævner '{name}', som ikke er et af niveauerne i 'levels'"
        case .phasesNotList: "'phases' skal være en liste af faser med 'name' og 'parameters'"
        case .levelDescriptionCount: "'{name}' har {count:niveaubeskrivelse|niveaubeskrivelser}; skriv præcis én pr. niveau ({levels}: {names})"

        // MARK: Markdown

        // MARK: Queue

        // MARK: Checking

        // MARK: Rendering and templates

        // MARK: Writing and output folders

        // MARK: Pipeline and options

        // MARK: Scaffold (new and init)

        // MARK: Preview (serve)

        // MARK: Transitional
        case .plain: "{text}"
        }
    }
}
