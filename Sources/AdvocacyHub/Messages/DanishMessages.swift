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

        // MARK: Markdown

        // MARK: Queue

        // MARK: Checking

        // MARK: Rendering and templates
        case .themeHasNoWords: "temaet har ingen ord på sproget '{language}'"
        case .monthNamesCount: "'months' skal have 12 månedsnavne"
        case .weekdayNamesCount: "'weekdays' skal have 7 ugedagsnavne, med søndag først"
        case .duplicateTemplateName: "to skabeloner hedder '{name}' (også {other}); navnene skal være forskellige"
        case .templateSyntaxError: "fejl i skabelonen: {reason}"
        case .unknownPartial: "skabelonen nævner delskabelonen '{name}', som ikke findes; en skabelon hedder det samme som sin fil uden .mustache, fx share-card"
        case .templateIncludesItself: "'{name}' tager '{template}' med igen, så siden ville aldrig slutte; slet dette tag, eller skriv navnet på en anden skabelon"
        case .missingLayout: "temaet mangler {name}.mustache"
        case .missingShareCard: "temaet mangler share-card.mustache; kortene med opslag dannes med den"
        case .tagNotClosed: "et tag bliver ikke lukket med {delimiter}"
        case .malformedDelimiterTag: "tagget, der skifter skilletegn, er skrevet forkert; skriv det som {example}"
        case .tagWithoutName: "et tag har intet navn"
        case .sectionClosedNeverOpened: "'{name}' bliver lukket, men blev aldrig åbnet"
        case .sectionClosedWithOtherName: "en sektion bliver lukket med et andet navn, end den blev åbnet med"
        case .sectionNeverClosed: "en sektion bliver åbnet, men aldrig lukket"
        case .notATemplateName: "'{name}' er ikke et navn; et navn er ord forbundet med punktummer, fx page.title"

        // MARK: Writing and output folders
        case .outputEmpty: "--output er tom; skriv navnet på en mappe, fx _site"
        case .outputIsRoot: "'/' kan ikke være outputmappen; vælg en tom eller ny mappe, fx _site"
        case .outputOverlaps: "outputmappen '{output}' {relation}; når sitet bygges, erstattes hele outputmappen: vælg en mappe uden for den, fx _site"
        case .outputIsFolder: "er {folder}"
        case .outputInsideFolder: "ligger i {folder} '{path}'"
        case .outputHoldsFolder: "rummer {folder} '{path}'"
        case .contentFolderWord: "indholdsmappen"
        case .templatesFolderWord: "temamappen"
        case .outputIsLink: "'{output}' er et symbolsk link; når sitet bygges, erstattes hele outputmappen, og der skrives aldrig gennem et link: angiv en rigtig mappe med --output (webserveren må gerne nå den gennem et link)"
        case .outputNotAFolder: "'{output}' findes og er ikke en mappe; vælg en tom eller ny mappe, fx _site"
        case .outputUnreadable: "kan ikke se ind i '{output}' og se, om det er et site bygget af advocacy ({reason}); vælg en tom eller ny mappe"
        case .outputNotASite: "'{output}' er ikke et site bygget af advocacy (mappen indeholder {entries}{more}); vælg en tom eller ny mappe{earlier}"
        case .andMore: " og {count} mere"
        case .builtByEarlierVersion: " (hvis en tidligere version af advocacy byggede den, så slet den én gang: nu mærker advocacy de sites, det bygger)"
        case .cannotCreateOutputParent: "kan ikke oprette '{folder}' til outputmappen: {reason}"
        case .cannotCreateBuildFolder: "kan ikke oprette en mappe ved siden af '{output}' til det nye site: {reason}"
        case .cannotCreateFolder: "kan ikke oprette '{path}': {reason}"
        case .cannotWrite: "kan ikke skrive '{path}': {reason}"
        case .cannotWriteNoReason: "kan ikke skrive '{path}'"
        case .outputNoLongerAFolder: "'{output}' er ikke længere en mappe; vælg en tom eller ny mappe, fx _site"
        case .cannotCreateAsideFolder: "kan ikke oprette en mappe ved siden af '{output}' at flytte den ind i: {reason}"
        case .cannotReplaceOutput: "kan ikke erstatte '{output}': {reason}"
        case .outputChangedDuringBuild: "'{output}' blev ændret, mens sitet blev bygget, og er ikke længere et site bygget af advocacy eller en tom mappe; intet blev erstattet"
        case .cannotMoveNewSite: "kan ikke flytte det nye site over i '{output}': {reason}"

        // MARK: Pipeline and options
        case .contentFolderMissing: "indholdsmappen '{folder}' findes ikke"
        case .templatesFolderMissing: "temamappen '{folder}' findes ikke"
        case .baseURLOptionNotAPath: "--base-url '{url}' er ikke en sti som /advocacy/"
        case .nowNotADate: "--now '{text}' er ikke en dato; skriv 2026-12-01, 2026-12-01T07:30 eller 2026-12-01T07:30:00+01:00"

        // MARK: Scaffold (new and init)
        case .initUnknownLanguage: "ukendt sprog '{name}'; skriv {others} eller {last}"
        case .initUnknownTimeZone: "ukendt tidszone '{name}'{advice}"
        case .timeZoneExamples: "; skriv et navn som Europe/Copenhagen eller America/New_York"
        case .titleNotOneLine: "titlen skal være én linje tekst, fx \"{example}\""
        case .initFolderNameEmpty: "mappenavnet er tomt; skriv et, eller udelad det for at bruge den mappe, du står i"
        case .initFolderIsFile: "'{folder}' er en fil; advocacy init skriver en ny hub i en tom eller ny mappe"
        case .initFolderNotEmpty: "'{folder}' er ikke tom; advocacy init skriver en ny hub i en tom eller ny mappe"
        case .newTitleGivesNoFileName: "titlen '{title}' giver et tomt filnavn; brug bogstaver eller tal"
        case .newFileExists: "'{path}' findes allerede; vælg en anden titel, eller ret i den fil"
        case .initWroteHub: "skrev en ny hub i '{folder}'; erstat eksemplerne i content/ med dine egne. Næste skridt:\n{cd}  advocacy check    # tjekker indholdet\n  advocacy build    # skriver sitet i _site/\n  advocacy serve    # viser det på http://127.0.0.1:8000, mens du skriver\n"

        // MARK: Preview (serve)
        case .cannotMakePreviewFolder: "kan ikke oprette en privat mappe til forhåndsvisningen i '{folder}': {reason}"
        case .noSuchListenAddress: "kan ikke lytte på '{host}': adressen findes ikke; brug 127.0.0.1, ::1 eller localhost"
        case .portInUse: "port {port} er optaget; prøv --port {next}, eller --port 0 for en ledig port"
        case .cannotListen: "kan ikke lytte på {host} port {port}: {reason}"
        case .previewHasErrors: "Den seneste ændring har fejl; dette er den sidste gode version."

        // MARK: Transitional
        case .plain: "{text}"
        }
    }
}
