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
        case .tooManyShareBlocks: "filen har {count} share-blokke; en fil kan højst have {limit}: fordel teksterne på flere opslag"
        case .linkHasBackslash: "linket '{url}' har en omvendt skråstreg (\\) før stien: browsere ville åbne et andet site end det, linket ser ud til at pege på; slet den omvendte skråstreg"
        case .linkLeadsOutside: "linket '{url}' fører uden for indholdsmappen"
        case .linkToUnpublished: "linket '{url}' peger på {reason}; det ville blive et dødt link på sitet"
        case .unpublishedDraft: "en kladde"
        case .unpublishedEmbargoed: "et opslag under embargo til {date}"
        case .linkOtherCapitals: "linket '{url}' peger på '{target}', {advice}"
        case .mediaNameCapitals: "men filen hedder '{name}'; skriv navnet med de samme store og små bogstaver"
        case .linkMissing: "linket '{url}' peger på '{target}', som ikke findes"
        case .shareBlockNotClosedBefore: "share-blokken, der begynder på linje {line}, er ikke lukket, før linje {next} begynder en ny blok: tilføj en linje med {fence} efter blokkens tekst"
        case .shareBlockNeverClosed: "share-blokken, der begynder på linje {line}, bliver aldrig lukket: tilføj en linje med {fence} efter blokkens tekst"
        case .unsafeCharacterReference: "tegnreferencen '{reference}' står for {character}, som websider og feeds ikke kan indeholde; slet den"
        case .unsafeCharacterReferenceHere: "en tegnreference her står for {character}, som websider og feeds ikke kan indeholde; slet den"
        case .moreUnsafeCharacterReferences: "flere tegnreferencer herfra står for tegn, som websider og feeds ikke kan indeholde; slet dem"
        case .nestedTooDeep: "citater og lister ligger {depth} niveauer inden i hinanden her; højst {limit} er tilladt: fjern nogle af '>', '-' eller '1.' i starten af linjen"
        case .tooManyListMarkers: "filen har mere end {limit} citat- og listetegn ('>', '-' eller '1.' i starten af en linje) indtil her; fordel teksten på flere filer"
        case .tooManyTableCells: "tabellerne i filen har mere end {limit} celler (kolonner × rækker); gør dem mindre, eller fordel dem på flere filer"
        case .tooManyTableColumns: "tabellen har {columns} kolonner; en tabel kan højst have {limit}: del den op i smallere tabeller"

        // MARK: Queue
        case .shareBlockOutsideShareItem: "share-blokke virker kun i opslag (share/*.md); denne bliver ikke vist nogen steder"
        case .shareBlockWithoutDiscipline: "en share-blok skal nævne sin disciplin: ```share <discipline> [platform]"
        case .renamedPlatform: "'{name}' hedder nu '{platform}'; skriv ```share {discipline} {platform}"
        case .extraShareBlockWords: "ord efter platformen bliver ignoreret: '{words}'"
        case .emptyShareBlock: "share-blokken er tom; skriv den tekst, kollegerne kan dele"

        // MARK: Checking
        case .unknownDiscipline: "ukendt disciplin '{name}'; kendte: {known}{suggestion}"
        case .unknownDisciplineInShareBlock: "ukendt disciplin '{name}' i share-blokken; kendte: {known}{suggestion}"
        case .noDisciplinesKnown: "ingen (tilføj disciplines/<id>.md)"
        case .shareTextForUnlistedDiscipline: "teksten er til '{name}', som opslaget ikke nævner under 'disciplines'"
        case .missingShareText: "ingen tekst til '{name}'; tilføj en blok, der begynder med ```share {name}, i brødteksten"
        case .textOverLimit: "teksten til {platform} er {length} tegn; grænsen er {limit}"
        case .textOverLimitWithLink: "teksten til {platform} er {length} tegn med linket; grænsen er {limit}"
        case .sponsoredWithoutDisclosure: "opslaget er sponsoreret, men hub.yml har ingen 'disclosure', der markerer det som reklame"
        case .missingDisclosure: "opslaget er sponsoreret, så teksten skal indeholde '{disclosure}' (reklame skal markeres)"
        case .disclosureNotAWord: "opslaget er sponsoreret, og '{word}' er ikke markeringen '{disclosure}'; skriv '{disclosure}' som et ord for sig selv (reklame skal markeres)"
        case .imageLeadsOutside: "'{image}' fører uden for indholdsmappen"
        case .imageNotInMedia: "'{image}' ligger ikke i media/; skriv en sti som media/photo.jpg"
        case .imageOtherCapitals: "billedet er '{image}', {advice}"
        case .imageMissing: "'{image}' findes ikke i indholdsmappen"
        case .duplicateSlug: "slug '{slug}' bruges også af {file}; to {kind} kan ikke have samme webadresse: omdøb den ene fil, eller sæt 'slug'"
        case .kindShareItems: "opslag"
        case .kindStories: "historier"
        case .kindGuidelines: "retningslinjer"
        case .kindPages: "sider"
        case .reservedPageSlug: "sidens slug '{slug}' bruges af sitet selv; sæt en anden 'slug'"
        case .placeholderLeft: "'{placeholder}' er den pladsholder, `advocacy new` skrev; {advice}"
        case .placeholderAdviceShareText: "skriv den tekst, kollegerne kan dele"
        case .placeholderAdviceBackground: "skriv den baggrund, kollegerne har brug for: hvorfor historien er vigtig, hvad de kan fremhæve, og hvem de kan spørge"
        case .placeholderAdviceStory: "fortæl historien"
        case .placeholderAdviceGuideline: "skriv retningslinjen"
        case .exampleLinkLeft: "'{link}' er det eksempellink, `advocacy new` skrev; skriv adressen på den side, kollegerne deler"
        case .emptyKey: "'{key}' er tom; {advice}"
        case .emptyKeyAdviceSummary: "skriv en sætning eller to om, hvad opslaget handler om (delekøen viser den under titlen)"
        case .emptyKeyAdvicePerson: "skriv navnet på den kollega, historien handler om"
        case .emptyKeyAdviceRole: "skriv kollegaens rolle, fx Konsulent"
        case .forbiddenTerm: "'{term}' står på listen 'forbidden-terms' i hub.yml (linje {line}){place}; {fix}"
        case .forbiddenTermInFileName: " i filnavnet, som bliver en del af en webadresse"
        case .forbiddenTermAcrossText: " i teksten (delt over flere linjer eller af formatering)"
        case .forbiddenTermRemove: "slet det fra den udgivne tekst"
        case .forbiddenTermRename: "omdøb filen"
        case .forbiddenTermWhenPublished: "sitet kan ikke bygges, når opslaget bliver udgivet"

        // MARK: Rendering and templates

        // MARK: Writing and output folders

        // MARK: Pipeline and options

        // MARK: Scaffold (new and init)

        // MARK: Preview (serve)

        // MARK: Links in the site
        case .pageLinkMissing: "linket '{url}' fører til '{target}' på sitet, og der er ingen side eller fil dér{suggestion}"
        case .pageLinkAboveSite: "linket '{url}' går med '..' højere op end sitets forside; skriv stien fra sitets rod, fx /guidelines/"
        case .pageLinkWithoutMd: "; skriv filens navn med .md for at linke til den: '{fixed}'"

        // MARK: Transitional
        case .plain: "{text}"
        }
    }
}
