/// The content of a new Danish hub: the three disciplines and an example to copy of each kind.
package enum NewHubDanish {
    /// The files by their path in the content folder.
    package static func content(_ dates: Starter.Dates) -> [(String, String)] {
        [
            ("disciplines/social-selling.md", """
                ---
                title: Social selling
                challenge: Salg og nye kunder
                colleagues: Salg, key account og rådgivere med fast kundekontakt
                content: Kundernes udfordringer, temaer i branchen og cases
                format: Onboarding, guide og tekstforslag i delekøen
                order: 1
                summary: Når dem, der møder kunderne, deler det, de lærer undervejs, bliver det første møde lettere at få.
                ---

                ## Hvilken udfordring løser det?

                Kunder køber hos mennesker, de kender og stoler på. Kolleger, der deler deres viden, gør os synlige, længe før kunden har brug for os.

                ## Hvem er med?

                Kolleger i salg og rådgivere, der møder kunderne.

                ## Hvad måler vi?

                Besøg fra delte links, samlet pr. historie. Aldrig den enkelte.

                """),
            ("disciplines/thought-leadership.md", """
                ---
                title: Thought leadership
                challenge: Kendskab og troværdighed
                colleagues: Specialister og ledelse
                content: Faglige holdninger, dagsordener i branchen og visioner
                format: 1:1-sparring og en guide
                order: 2
                summary: Specialister og ledere, der deler deres faglige holdninger, gør os kendt for det, vi er dygtige til.
                ---

                ## Hvilken udfordring løser det?

                Vores viden bliver for ofte i projektrapporterne. Når specialister og ledere deler den, bliver vi kendt for noget bestemt.

                ## Hvem er med?

                Specialister med en faglig kæphest og ledere, der kan sætte ord på retningen.

                ## Hvad måler vi?

                Invitationer til oplæg og henvendelser, der nævner et indlæg.

                """),
            ("disciplines/employer-branding.md", """
                ---
                title: Employer branding
                challenge: Kvalificerede ansøgere
                colleagues: Alle, der har lyst
                content: Arbejdspladsen, udvikling og kollegaskab
                format: Kort træning, guide og tekstforslag i delekøen
                order: 3
                summary: De bedste kommende kolleger hører om os fra nogen, der arbejder her.
                ---

                ## Hvilken udfordring løser det?

                Den, der overvejer at søge job hos os, vil vide, hvordan det er at arbejde her. Det spørger hun en, der gør det.

                ## Hvem er med?

                Alle kolleger, der har lyst til at fortælle om deres arbejde.

                ## Hvad måler vi?

                Antal kvalificerede ansøgere, og hvor de har hørt om os.

                """),
            ("guidelines/eksempel-saadan-deler-du.md", """
                ---
                title: "Eksempel: Sådan deler du"
                order: 1
                summary: En eksempelretningslinje. Skriv jeres egne retningslinjer, og slet så denne.
                ---

                **Dette er et eksempel.** Skriv jeres egne retningslinjer i mappen guidelines, og slet denne fil.

                1. Find et punkt i delekøen.
                2. Kopiér et tekstforslag, og skriv det om, så det lyder som dig.
                3. Del det på din egen profil, når det passer dig.

                Du bestemmer selv, om og hvad du deler.

                """),
            ("share/eksempel-vi-har-faaet-en-ambassadoerhub.md", """
                ---
                title: "Eksempel: Vi har fået en ambassadørhub"
                summary: Et eksempel på et punkt i delekøen. Kopiér filen til jeres første rigtige historie, og slet så eksemplet.
                # link: https://www.jeres-virksomhed.dk/nyheder/...   (siden, kollegerne deler; slet # foran)
                disciplines: [social-selling, thought-leadership, employer-branding]
                publish: \(dates.today)     # fra denne dag er punktet i delekøen
                expires: \(dates.expires)     # efter denne dag flytter punktet til arkivet
                best-time: "07:30-08:45"
                sponsored: false
                ---

                **Dette er et eksempel.** Erstat det med jeres egen historie, eller slet filen, når I har skrevet den første.

                Her skriver I baggrunden til kollegerne: hvorfor historien er vigtig, et par talepunkter, og hvem man kan spørge.

                ```share social-selling linkedin
                Vi har fået et sted med historier og tekstforslag, som vi kan dele med vores netværk. Spørg mig gerne, hvad vi arbejder med lige nu.
                ```

                ```share thought-leadership linkedin
                Jeg deler gerne det, jeg lærer i mit arbejde. Nu har vi fået et sted, der gør det lettere. Hvad vil du gerne høre mere om?
                ```

                ```share employer-branding linkedin
                Hos os kan alle fortælle om deres arbejde, hvis de har lyst. Nysgerrig på, hvordan det er at arbejde her? Skriv til mig.
                ```

                """),
            ("stories/eksempel-den-foerste-kollega-der-delte.md", """
                ---
                title: "Eksempel: Den første kollega, der delte"
                date: \(dates.today)
                disciplines: [employer-branding]
                person: Anne Eksempel
                role: Rådgiver (eksempel)
                summary: En eksempelhistorie. Erstat den med jeres første rigtige historie om en kollega, der har delt.
                results:
                  - {label: "Besøg fra delte links (eksempel)", value: "120"}
                ---

                **Dette er et eksempel.** Fortæl om en kollega, der har delt, og hvad det gav, og slet så denne fil.

                En god historie siger, hvem kollegaen er, hvad hun delte, og hvad der skete bagefter.

                """),
        ]
    }
}
