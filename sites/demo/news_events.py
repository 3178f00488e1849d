"""Demo news, events and topics for the three association sites."""

# The items marked "demo": False come from the joint press release of 18 June 2019
# ("Zukunft der Mobilität breiter denken"): the news article itself and the three events it
# names. Their texts are written afresh from the release's facts; only the quotes are quoted.
# Where the release gives no detail (venue, times, fee), none is invented.
#
# Everything marked "demo": True is invented so that no listing is ever empty. Demo titles end
# in " (Demo)" / " (demo)" and the first body block says that the item is fictional. Dates of
# demo items are relative to today: {"days_ago": N} or {"days_ahead": N}, for timed events with
# "time": "HH:MM" (local Berlin time); all-day demo events carry no "time". URLs and e-mail
# addresses use fictional ".example" domains.
#
# Format: every translatable text is a {"de": ..., "en": ...} dict; rich text uses only <p>,
# <a href>, <strong>, <em>, <ul> and <li>. Bodies are lists of (block_type, value) tuples.


def _demo_news_notice():
    """First body block of every invented news item."""
    return (
        "paragraph",
        {
            "de": "<p>Dies ist ein erfundener Demo-Beitrag.</p>",
            "en": "<p>This is a fictional demo item.</p>",
        },
    )


def _demo_event_notice():
    """First body block of every invented event."""
    return (
        "paragraph",
        {
            "de": "<p>Dies ist eine erfundene Demo-Veranstaltung.</p>",
            "en": "<p>This is a fictional demo event.</p>",
        },
    )


def _not_stated():
    """Fee of the historic events: the press release does not say, so none is shown."""
    return {"de": "", "en": ""}


TOPICS = [
    {
        "key": "mobility",
        "name": {"de": "Mobilität", "en": "Mobility"},
        "slug": {"de": "mobilitaet", "en": "mobility"},
    },
    {
        "key": "digitalisation",
        "name": {"de": "Digitalisierung", "en": "Digitalisation"},
        "slug": {"de": "digitalisierung", "en": "digitalisation"},
    },
    {
        "key": "logistics",
        "name": {"de": "Logistik", "en": "Logistics"},
        "slug": {"de": "logistik", "en": "logistics"},
    },
    {
        "key": "skilled-workers",
        "name": {"de": "Fachkräfte und Ausbildung", "en": "Skilled workers and training"},
        "slug": {"de": "fachkraefte-und-ausbildung", "en": "skilled-workers-and-training"},
    },
    {
        "key": "it-security",
        "name": {"de": "IT-Sicherheit", "en": "IT security"},
        "slug": {"de": "it-sicherheit", "en": "it-security"},
    },
    {
        "key": "cooperation",
        "name": {"de": "Kooperation", "en": "Cooperation"},
        "slug": {"de": "kooperation", "en": "cooperation"},
    },
    {
        "key": "industry-4-0",
        "name": {"de": "Industrie 4.0", "en": "Industry 4.0"},
        "slug": {"de": "industrie-4-0", "en": "industry-4-0"},
    },
]


NEWS = [
    # ------------------------------------------------------------------ the press release
    {
        "key": "cooperation-2019",
        "owner": "clusterit",
        "shared_with": ["acod", "logistik"],
        "date": "2019-06-18",
        "demo": False,
        "title": {
            "de": (
                "Zukunft der Mobilität breiter denken: Automotive-, IT- und Logistikbranche "
                "stärken Zusammenarbeit in Mittel- und Ostdeutschland"
            ),
            "en": (
                "Thinking more broadly about the future of mobility: automotive, IT and "
                "logistics industries strengthen their cooperation in Central and Eastern Germany"
            ),
        },
        "slug": {
            "de": "zukunft-der-mobilitaet-breiter-denken",
            "en": "thinking-more-broadly-about-future-mobility",
        },
        "teaser": {
            "de": (
                "ACOD, Cluster IT Mitteldeutschland und Netzwerk Logistik Mitteldeutschland haben "
                "am 17. Juni 2019 ein Kooperationsabkommen unterzeichnet. Gemeinsam wollen sie "
                "Automobil-, IT- und Logistikbranche enger miteinander verzahnen."
            ),
            "en": (
                "On 17 June 2019, ACOD, Cluster IT Mitteldeutschland and Netzwerk Logistik "
                "Mitteldeutschland signed a cooperation agreement. Together, they aim to link the "
                "automotive, IT and logistics industries more closely."
            ),
        },
        "topics": ["cooperation", "mobility", "digitalisation", "logistics", "skilled-workers"],
        "body": [
            (
                "paragraph",
                {
                    "de": (
                        "<p>Drei Wirtschaftsverbände aus Mittel- und Ostdeutschland rücken enger "
                        "zusammen: Der <strong>ACOD Automotive Cluster Ostdeutschland e.V.</strong>, "
                        "der <strong>Cluster IT Mitteldeutschland e.V.</strong> und das "
                        "<strong>Netzwerk Logistik Mitteldeutschland e.V.</strong> haben am "
                        "17. Juni 2019 offiziell eine Kooperation besiegelt. Indem sie ihre Branchen "
                        "stärker miteinander verknüpfen, wollen sie für die Veränderungen in der "
                        "Wirtschaft besser gerüstet sein.</p>"
                    ),
                    "en": (
                        "<p>Three business associations from Central and Eastern Germany are moving "
                        "closer together: <strong>ACOD Automotive Cluster Ostdeutschland "
                        "e.V.</strong>, <strong>Cluster IT Mitteldeutschland e.V.</strong> and "
                        "<strong>Netzwerk Logistik Mitteldeutschland e.V.</strong> officially sealed "
                        "a cooperation on 17 June 2019. By linking their industries more closely, "
                        "they aim to be better equipped for the changes taking place in the "
                        "economy.</p>"
                    ),
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        "<p>Auf dem Pressefoto zur Unterzeichnung sind von links zu sehen: Jens "
                        "Heinrich, Vorsitzender des Cluster IT Mitteldeutschland, Hans-Peter "
                        "Kemser, Vorsitzender des ACOD und Leiter des BMW Group Werks Leipzig, "
                        "sowie Dierk Näther, stellvertretender Vorsitzender des Netzwerks Logistik "
                        "Mitteldeutschland (Bildquelle: Reichelt Kommunikation).</p>"
                    ),
                    "en": (
                        "<p>The press photo of the signing shows, from left to right: Jens "
                        "Heinrich, Chairman of Cluster IT Mitteldeutschland; Hans-Peter Kemser, "
                        "Chairman of ACOD and head of the BMW Group plant in Leipzig; and Dierk "
                        "Näther, Deputy Chairman of Netzwerk Logistik Mitteldeutschland (photo "
                        "credit: Reichelt Kommunikation).</p>"
                    ),
                },
            ),
            (
                "heading",
                {
                    "text": {
                        "de": "Warum die Branchen zusammenrücken",
                        "en": "Why the industries are moving closer together",
                    },
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        "<p>Digitale Arbeitsweisen verbinden Abläufe, die früher weitgehend "
                        "getrennt voneinander liefen: Wie Güter hergestellt, organisiert und "
                        "verteilt werden, ist heute eng verflochten, und die einzelnen Schritte "
                        "hängen immer stärker voneinander ab. Automobilindustrie, IT-Wirtschaft "
                        "und Logistik gehören zu den treibenden Kräften dieser Entwicklung. Mit "
                        "ihrer Kooperation ziehen die drei regionalen Verbände daraus die "
                        "Konsequenz.</p>"
                    ),
                    "en": (
                        "<p>Digital ways of working are connecting processes that used to run "
                        "largely separately: how goods are produced, organised and distributed is "
                        "now closely intertwined, and the individual steps depend on one another "
                        "more and more. The automotive, IT and logistics industries are among the "
                        "driving forces behind this development. With their cooperation, the three "
                        "regional associations are drawing the logical conclusion.</p>"
                    ),
                },
            ),
            (
                "heading",
                {
                    "text": {
                        "de": "Was die Partner vereinbart haben",
                        "en": "What the partners have agreed",
                    },
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        "<p>Im Zentrum steht ein regelmäßiger fachlicher Austausch zwischen den "
                        "Vertreterinnen und Vertretern der drei Branchen. Darüber hinaus haben sich "
                        "die Verbände vorgenommen,</p>"
                        "<ul>"
                        "<li>gemeinsame Entwicklungsprojekte anzustoßen,</li>"
                        "<li>Veranstaltungen und Messeauftritte gemeinsam zu bestreiten,</li>"
                        "<li>fortlaufend darüber zu sprechen, wie sich neue Entwicklungen aus den "
                        "drei Bereichen zusammenführen lassen,</li>"
                        "<li>neue Veranstaltungsformate zu etablieren, die Branchen miteinander ins "
                        "Gespräch bringen,</li>"
                        "<li>Projekte mit großer Breitenwirkung zu Schwerpunktthemen der drei "
                        "Branchen auf den Weg zu bringen und</li>"
                        "<li>bei der Aus- und Weiterbildung von Fachkräften mit Blick auf "
                        "Industrie 4.0 sowie beim Ausbildungsmarketing zusammenzuarbeiten.</li>"
                        "</ul>"
                    ),
                    "en": (
                        "<p>At the heart of the cooperation is regular expert exchange between "
                        "representatives of the three industries. In addition, the associations "
                        "have set out to</p>"
                        "<ul>"
                        "<li>launch joint development projects,</li>"
                        "<li>stage events and trade fair appearances together,</li>"
                        "<li>keep discussing how new developments from the three fields can be "
                        "brought together,</li>"
                        "<li>establish new event formats that get industries talking to each "
                        "other,</li>"
                        "<li>get far-reaching projects on key topics of the three industries off "
                        "the ground, and</li>"
                        "<li>work together on the initial and further training of skilled workers "
                        "with a view to Industry 4.0, and on promoting apprenticeships.</li>"
                        "</ul>"
                    ),
                },
            ),
            (
                "heading",
                {
                    "text": {"de": "Erste gemeinsame Veranstaltungen", "en": "First joint events"},
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        "<p>Wie solche Formate aussehen können, haben die Partner schon vor der "
                        "Unterzeichnung ausprobiert: Am 13. Februar 2019 luden der Cluster IT und "
                        "das Netzwerk Logistik gemeinsam zu „IT trifft Logistik“ nach Leipzig ein. "
                        "Am 19. März 2019 folgte in Halle (Saale) die Veranstaltung „Cybercrime“, "
                        "die der Cluster IT zusammen mit dem ACOD ausrichtete.</p>"
                    ),
                    "en": (
                        "<p>The partners had already tried out what such formats can look like "
                        "before the agreement was signed. On 13 February 2019, Cluster IT and "
                        "Netzwerk Logistik jointly invited participants to “IT trifft Logistik” "
                        "(“IT meets logistics”) in Leipzig. This was followed on 19 March 2019 by "
                        "the “Cybercrime” event in Halle (Saale), which Cluster IT organised "
                        "together with ACOD.</p>"
                    ),
                },
            ),
            (
                "heading",
                {"text": {"de": "Ein gemeinsames Ziel", "en": "A shared goal"}, "level": "h2"},
            ),
            (
                "paragraph",
                {
                    "de": (
                        "<p>Die drei Netzwerke verbindet ein klares Anliegen: Durch breiten "
                        "Wissenstransfer, gegenseitige Unterstützung und enge Vernetzung sollen "
                        "Unternehmen und Forschungseinrichtungen einen spürbaren Nutzen aus der "
                        "Zusammenarbeit ziehen.</p>"
                    ),
                    "en": (
                        "<p>The three networks share a clear aim: through wide-ranging knowledge "
                        "transfer, mutual support and close networking, companies and research "
                        "institutions are to gain tangible benefits from the cooperation.</p>"
                    ),
                },
            ),
            (
                "heading",
                {
                    "text": {"de": "Stimmen zur Kooperation", "en": "Voices on the cooperation"},
                    "level": "h2",
                },
            ),
            (
                "quote",
                {
                    "quote": {
                        "de": (
                            "Niemand zweifelt mehr daran, dass die Elektromobilität neben neuen und "
                            "leistungsfähigen Verbrennermotoren eine wichtige Rolle in der "
                            "Mobilität der Zukunft spielen wird. Unsere feste Überzeugung ist, dass "
                            "man den Anforderungen an die Mobilität der Zukunft viel besser "
                            "begegnen kann, wenn die Kompetenzen in einer Region eng zusammen- und "
                            "nicht gegeneinander arbeiten."
                        ),
                        "en": (
                            "Nobody doubts any more that electric mobility, alongside new and "
                            "high-performance combustion engines, will play an important role in "
                            "the mobility of the future. It is our firm conviction that the demands "
                            "of future mobility can be met much better if the expertise in a region "
                            "works closely together rather than against itself."
                        ),
                    },
                    "attribution": "Dr. Jens Katzek",
                    "role": {
                        "de": "Geschäftsführer, ACOD Automotive Cluster Ostdeutschland e.V.",
                        "en": "Managing Director, ACOD Automotive Cluster Ostdeutschland e.V.",
                    },
                },
            ),
            (
                "quote",
                {
                    "quote": {
                        "de": (
                            "Das enge Ineinandergreifen von Wertschöpfungsprozessen über die "
                            "Grenzen einzelner Branchen hinweg macht eine gute Abstimmung "
                            "essentiell. Dafür liefert der Schulterschluss unter unseren drei "
                            "Wirtschaftsverbänden eine hervorragende Basis. Denn durch die "
                            "entstehende intensive Kommunikation lassen sich die Arbeitsweisen, "
                            "Produkte und Lösungen der anderen Branchen besser kennenlernen und im "
                            "Gespräch Möglichkeiten für gemeinsame Aktivitäten ausloten. Auf diese "
                            "Weise können unternehmens- und branchenübergreifende Projekte "
                            "erwachsen, die nur durch gemeinschaftliches Agieren möglich sind. Das "
                            "birgt wiederum ein erhebliches Potenzial zur Stärkung des "
                            "Wirtschaftsstandortes Mitteldeutschland."
                        ),
                        "en": (
                            "Because value-creation processes mesh so closely across the boundaries "
                            "of individual industries, good coordination is essential. The alliance "
                            "between our three business associations provides an excellent basis "
                            "for this. The intensive communication that results makes it easier to "
                            "get to know the working methods, products and solutions of the other "
                            "industries and to explore opportunities for joint activities in "
                            "conversation. In this way, projects spanning companies and industries "
                            "can emerge that are only possible by acting together. This in turn "
                            "holds considerable potential for strengthening Central Germany as a "
                            "business location."
                        ),
                    },
                    "attribution": "Gerd Neudert",
                    "role": {
                        "de": "Geschäftsführer, Cluster IT Mitteldeutschland e.V.",
                        "en": "Managing Director, Cluster IT Mitteldeutschland e.V.",
                    },
                },
            ),
            (
                "quote",
                {
                    "quote": {
                        "de": (
                            "Die Bereiche Mobilität, IT und Logistik haben enorme Schnittmengen, aus "
                            "denen sich zahlreiche Möglichkeiten der Zusammenarbeit ergeben. Im "
                            "Zuge der Kooperation lassen sich diese Potenziale etwa in Form von "
                            "gemeinsamen Veranstaltungen oder der Entwicklung von Formaten zum "
                            "übergreifenden Austausch künftig noch besser ausschöpfen. Dadurch "
                            "profitieren dann die jeweiligen Mitglieder genauso wie der "
                            "Wirtschaftsstandort Mitteldeutschland, weshalb wir in der Bündelung "
                            "der Kräfte eine Win-Win-Situation sehen."
                        ),
                        "en": (
                            "Mobility, IT and logistics overlap enormously, and this opens up "
                            "numerous opportunities for working together. Through the cooperation, "
                            "we will be able to make even better use of this potential in future – "
                            "for example through joint events or by developing formats for exchange "
                            "across sectors. The members of each association will benefit, and so "
                            "will Central Germany as a business location, which is why we see "
                            "joining forces as a win-win situation."
                        ),
                    },
                    "attribution": "Dierk Näther",
                    "role": {
                        "de": (
                            "Stellvertretender Vorsitzender des Vorstands, Netzwerk Logistik "
                            "Mitteldeutschland e.V."
                        ),
                        "en": "Deputy Chairman of the Board, Netzwerk Logistik Mitteldeutschland e.V.",
                    },
                },
            ),
            (
                "heading",
                {"text": {"de": "Die drei Partner", "en": "The three partners"}, "level": "h3"},
            ),
            (
                "paragraph",
                {
                    "de": (
                        "<p>Der <strong>ACOD</strong> unterstützt seit 2006 gemeinsam mit "
                        "Initiativen der ostdeutschen Länder die Automobil- und Zulieferindustrie "
                        "in Ostdeutschland. Der <strong>Cluster IT Mitteldeutschland</strong> wurde "
                        "2009 gegründet und koordiniert als Branchennetzwerk die Aktivitäten der "
                        "IT-Wirtschaft in Sachsen, Sachsen-Anhalt und Thüringen; 2019 hatte er rund "
                        "60 Mitglieder. Das <strong>Netzwerk Logistik Mitteldeutschland</strong> "
                        "entstand 2008 als Netzwerk Logistik Leipzig-Halle e.V. und trägt seinen "
                        "jetzigen Namen seit 2018.</p>"
                    ),
                    "en": (
                        "<p>Since 2006, <strong>ACOD</strong> has been supporting the automotive "
                        "and supplier industry in eastern Germany together with initiatives of the "
                        "eastern German states. <strong>Cluster IT Mitteldeutschland</strong> was "
                        "founded in 2009 and, as an industry network, coordinates the activities "
                        "of the IT sector in Saxony, Saxony-Anhalt and Thuringia; in 2019 it had "
                        "around 60 members. <strong>Netzwerk Logistik Mitteldeutschland</strong> "
                        "was founded in 2008 as Netzwerk Logistik Leipzig-Halle e.V. and has borne "
                        "its current name since 2018.</p>"
                    ),
                },
            ),
        ],
    },
    # ------------------------------------------------------------------ demo news: ACOD
    {
        "key": "acod-demo-software-in-vehicles",
        "owner": "acod",
        "shared_with": ["clusterit"],
        "date": {"days_ago": 4},
        "demo": True,
        "title": {
            "de": "Software im Fahrzeug: Zulieferer und IT-Unternehmen starten Gesprächsreihe (Demo)",
            "en": "Software in the vehicle: suppliers and IT companies launch a series of talks (demo)",
        },
        "slug": {
            "de": "software-im-fahrzeug-gespraechsreihe",
            "en": "software-in-the-vehicle-series-of-talks",
        },
        "teaser": {
            "de": (
                "Immer mehr Funktionen im Auto entstehen in Software. Eine neue Gesprächsreihe "
                "von ACOD und Cluster IT bringt Zulieferer und IT-Unternehmen aus der Region an "
                "einen Tisch."
            ),
            "en": (
                "More and more of a car’s functions are created in software. A new series of talks "
                "run by ACOD and Cluster IT brings suppliers and IT companies from the region "
                "around one table."
            ),
        },
        "topics": ["mobility", "digitalisation", "cooperation"],
        "body": [
            _demo_news_notice(),
            (
                "paragraph",
                {
                    "de": (
                        "<p>Ob Fahrerassistenz, Ladesteuerung oder Updates über das Mobilfunknetz: "
                        "Ein wachsender Teil der Wertschöpfung im Fahrzeug steckt in Software. Für "
                        "viele mittelständische Zulieferer heißt das, neue Kompetenzen aufzubauen "
                        "oder passende Partner zu finden.</p>"
                    ),
                    "en": (
                        "<p>Whether it is driver assistance, charging control or over-the-air "
                        "updates, a growing share of the value in a vehicle lies in software. For "
                        "many medium-sized suppliers, this means building up new skills or finding "
                        "the right partners.</p>"
                    ),
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        "<p>Hier setzt die neue Gesprächsreihe an: Einmal im Quartal stellen "
                        "Zulieferer konkrete Aufgabenstellungen vor, IT-Unternehmen berichten von "
                        "Lösungen aus ihrer Praxis. Den Auftakt macht ein Abendforum in Zwickau; "
                        "weitere Termine in Thüringen und Sachsen-Anhalt sollen folgen.</p>"
                    ),
                    "en": (
                        "<p>This is where the new series of talks comes in: once a quarter, "
                        "suppliers present specific challenges and IT companies report on solutions "
                        "from their own practice. It starts with an evening forum in Zwickau, with "
                        "further dates in Thuringia and Saxony-Anhalt to follow.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "key": "acod-demo-e-mobility-working-group",
        "owner": "acod",
        "shared_with": [],
        "date": {"days_ago": 17},
        "demo": True,
        "title": {
            "de": "Elektromobilität: Neue Arbeitsgruppe begleitet Zulieferer beim Umstieg (Demo)",
            "en": "Electric mobility: new working group supports suppliers through the switch (demo)",
        },
        "slug": {
            "de": "arbeitsgruppe-elektromobilitaet-zulieferer",
            "en": "working-group-electric-mobility-suppliers",
        },
        "teaser": {
            "de": (
                "Der Wandel zum elektrischen Antrieb verändert die Auftragslage vieler Zulieferer. "
                "In einer neuen Arbeitsgruppe teilen Mitgliedsunternehmen ihre Erfahrungen."
            ),
            "en": (
                "The shift to electric drives is changing the order books of many suppliers. In a "
                "new working group, member companies share their experience."
            ),
        },
        "topics": ["mobility", "industry-4-0"],
        "body": [
            _demo_news_notice(),
            (
                "paragraph",
                {
                    "de": (
                        "<p>Weniger Teile für Verbrennungsmotoren, dafür neue Komponenten für "
                        "Batterie, Leistungselektronik und Thermomanagement: Viele Zulieferer in "
                        "Ostdeutschland stellen ihr Angebot gerade um. In der neuen Arbeitsgruppe "
                        "Elektromobilität sprechen sie offen darüber, was dabei gut funktioniert "
                        "und wo es hakt – von der Fertigung bis zur Gewinnung neuer Kunden.</p>"
                    ),
                    "en": (
                        "<p>Fewer parts for combustion engines, but new components for batteries, "
                        "power electronics and thermal management: many suppliers in eastern "
                        "Germany are currently reshaping what they offer. In the new electric "
                        "mobility working group, they talk openly about what is working well and "
                        "where they are running into difficulties – from production to winning "
                        "new customers.</p>"
                    ),
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        "<p>Die Arbeitsgruppe trifft sich alle zwei Monate, abwechselnd bei "
                        "Mitgliedsunternehmen in Sachsen, Sachsen-Anhalt und Thüringen. Wer "
                        "mitarbeiten möchte, meldet sich bei der Geschäftsstelle.</p>"
                    ),
                    "en": (
                        "<p>The working group meets every two months, taking turns at member "
                        "companies in Saxony, Saxony-Anhalt and Thuringia. Anyone who would like "
                        "to take part should contact the association’s office.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "key": "acod-demo-training-workshops",
        "owner": "acod",
        "shared_with": [],
        "date": {"days_ago": 38},
        "demo": True,
        "title": {
            "de": "Nachwuchs für die Fahrzeugindustrie: Betriebe öffnen ihre Ausbildungswerkstätten (Demo)",
            "en": "Young talent for the automotive industry: companies open their training workshops (demo)",
        },
        "slug": {
            "de": "betriebe-oeffnen-ausbildungswerkstaetten",
            "en": "companies-open-training-workshops",
        },
        "teaser": {
            "de": (
                "An einem gemeinsamen Aktionstag konnten Schülerinnen und Schüler in "
                "Mitgliedsbetrieben des ACOD Ausbildungsberufe der Fahrzeugindustrie ausprobieren."
            ),
            "en": (
                "On a joint open day, school students were able to try out apprenticeship "
                "occupations in the automotive industry at ACOD member companies."
            ),
        },
        "topics": ["skilled-workers"],
        "body": [
            _demo_news_notice(),
            (
                "paragraph",
                {
                    "de": (
                        "<p>Schweißen, programmieren, Fehler im Bordnetz finden: Beim Aktionstag "
                        "der Ausbildungswerkstätten durften Jugendliche selbst Hand anlegen. "
                        "Auszubildende zeigten ihnen, was in Berufen wie Mechatronikerin und "
                        "Mechatroniker, Industriemechanikerin und Industriemechaniker oder "
                        "Fachkraft für Lagerlogistik auf sie wartet.</p>"
                    ),
                    "en": (
                        "<p>Welding, programming, tracking down faults in the vehicle wiring: at "
                        "the open day in the training workshops, young people could try things out "
                        "for themselves. Apprentices showed them what awaits them in occupations "
                        "such as mechatronics technician, industrial mechanic or warehouse "
                        "logistics specialist.</p>"
                    ),
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        "<p>Der Aktionstag ist Teil des gemeinsamen Ausbildungsmarketings, das der "
                        "ACOD mit seinen Partnern aus IT und Logistik weiter ausbauen will.</p>"
                    ),
                    "en": (
                        "<p>The open day is part of the joint promotion of apprenticeships that "
                        "ACOD intends to expand further with its partners from IT and "
                        "logistics.</p>"
                    ),
                },
            ),
        ],
    },
    # ------------------------------------------------------------------ demo news: Cluster IT
    {
        "key": "clusterit-demo-security-checklist",
        "owner": "clusterit",
        "shared_with": [],
        "date": {"days_ago": 2},
        "demo": True,
        "title": {
            "de": "Cyberangriffe im Mittelstand: Checkliste für kleine Unternehmen erschienen (Demo)",
            "en": "Cyber attacks on SMEs: checklist for small businesses published (demo)",
        },
        "slug": {
            "de": "checkliste-it-sicherheit-kleine-unternehmen",
            "en": "it-security-checklist-small-businesses",
        },
        "teaser": {
            "de": (
                "Auf wenigen Seiten zeigt eine neue Checkliste der Arbeitsgruppe IT-Sicherheit, "
                "wie sich kleine Unternehmen gegen die häufigsten Angriffe wappnen."
            ),
            "en": (
                "In just a few pages, a new checklist from the IT security working group shows "
                "how small businesses can protect themselves against the most common attacks."
            ),
        },
        "topics": ["it-security"],
        "body": [
            _demo_news_notice(),
            (
                "paragraph",
                {
                    "de": (
                        "<p>Gerade kleine Betriebe ohne eigene IT-Abteilung geraten immer häufiger "
                        "ins Visier von Erpressern und Betrügern. Die Checkliste konzentriert sich "
                        "deshalb auf Maßnahmen, die sich ohne großen Aufwand umsetzen lassen:</p>"
                        "<ul>"
                        "<li>regelmäßige Datensicherungen, die auch getrennt vom Netz "
                        "aufbewahrt werden</li>"
                        "<li>zeitnahe Updates für Betriebssysteme und Programme</li>"
                        "<li>Anmeldung mit zwei Faktoren für E-Mail und Cloud-Dienste</li>"
                        "<li>ein kurzer Notfallplan, wer im Ernstfall was zu tun hat</li>"
                        "</ul>"
                    ),
                    "en": (
                        "<p>Small businesses without their own IT department are increasingly "
                        "being targeted by blackmailers and fraudsters. The checklist therefore "
                        "focuses on measures that can be put in place without much effort:</p>"
                        "<ul>"
                        "<li>regular backups, including copies kept offline</li>"
                        "<li>prompt updates for operating systems and software</li>"
                        "<li>two-factor sign-in for e-mail and cloud services</li>"
                        "<li>a short emergency plan setting out who does what if something "
                        "happens</li>"
                        "</ul>"
                    ),
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        "<p>Mitglieder erhalten die Checkliste kostenlos bei der Geschäftsstelle.</p>"
                    ),
                    "en": (
                        "<p>Members can obtain the checklist free of charge from the association’s "
                        "office.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "key": "clusterit-demo-cloud-experience",
        "owner": "clusterit",
        "shared_with": [],
        "date": {"days_ago": 23},
        "demo": True,
        "title": {
            "de": "Cloud im Mittelstand: Mitglieder teilen ihre Erfahrungen (Demo)",
            "en": "The cloud in medium-sized businesses: members share their experience (demo)",
        },
        "slug": {
            "de": "cloud-im-mittelstand-erfahrungsaustausch",
            "en": "cloud-in-medium-sized-businesses",
        },
        "teaser": {
            "de": (
                "Was bringt der Umzug in die Cloud wirklich? Beim Erfahrungsaustausch in Jena "
                "berichteten Mitgliedsunternehmen von Kosten, Datenschutz und Stolpersteinen."
            ),
            "en": (
                "What does moving to the cloud really achieve? At an exchange of experience in "
                "Jena, member companies reported on costs, data protection and pitfalls."
            ),
        },
        "topics": ["digitalisation"],
        "body": [
            _demo_news_notice(),
            (
                "paragraph",
                {
                    "de": (
                        "<p>Drei Mitgliedsunternehmen schilderten, wie sie ihre Anwendungen "
                        "Schritt für Schritt in die Cloud verlagert haben. Einig waren sie sich, "
                        "dass eine gründliche Bestandsaufnahme vorab viel Ärger erspart – und dass "
                        "Fragen zu Datenschutz und Vertragslaufzeiten früh geklärt werden "
                        "sollten.</p>"
                    ),
                    "en": (
                        "<p>Three member companies described how they moved their applications to "
                        "the cloud step by step. They agreed that a thorough review beforehand "
                        "saves a lot of trouble – and that questions about data protection and "
                        "contract terms should be settled early on.</p>"
                    ),
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        "<p>Der Erfahrungsaustausch wird im Herbst fortgesetzt, dann mit dem "
                        "Schwerpunkt Kosten und Abrechnung.</p>"
                    ),
                    "en": (
                        "<p>The exchange will continue in the autumn, with a focus on costs and "
                        "billing.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "key": "clusterit-demo-internship-exchange",
        "owner": "clusterit",
        "shared_with": [],
        "date": {"days_ago": 45},
        "demo": True,
        "title": {
            "de": "IT-Nachwuchs: Neue Praktikumsbörse verbindet Hochschulen und Unternehmen (Demo)",
            "en": "Young IT talent: new internship exchange connects universities and companies (demo)",
        },
        "slug": {
            "de": "praktikumsboerse-it-nachwuchs",
            "en": "internship-exchange-young-it-talent",
        },
        "teaser": {
            "de": (
                "Studierende aus Sachsen, Sachsen-Anhalt und Thüringen finden Praktikumsplätze "
                "bei IT-Unternehmen der Region jetzt an einer Stelle."
            ),
            "en": (
                "Students from Saxony, Saxony-Anhalt and Thuringia can now find internships with "
                "IT companies in the region in one place."
            ),
        },
        "topics": ["skilled-workers", "digitalisation"],
        "body": [
            _demo_news_notice(),
            (
                "paragraph",
                {
                    "de": (
                        "<p>Viele IT-Unternehmen in Mitteldeutschland suchen Nachwuchs, viele "
                        "Studierende wissen aber nicht, welche Firmen es vor ihrer Haustür gibt. "
                        "Die neue Praktikumsbörse des Cluster IT bündelt deshalb Angebote von "
                        "Mitgliedsunternehmen – von der Softwareentwicklung über die IT-Sicherheit "
                        "bis zur Datenanalyse.</p>"
                    ),
                    "en": (
                        "<p>Many IT companies in Central Germany are looking for young talent, yet "
                        "many students do not know which firms are right on their doorstep. Cluster "
                        "IT’s new internship exchange therefore brings together offers from member "
                        "companies – from software development and IT security to data "
                        "analysis.</p>"
                    ),
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        "<p>Mitgliedsunternehmen können ihre Angebote jederzeit über die "
                        "Geschäftsstelle einstellen lassen.</p>"
                    ),
                    "en": (
                        "<p>Member companies can have their offers listed at any time via the "
                        "association’s office.</p>"
                    ),
                },
            ),
        ],
    },
    # ------------------------------------------------------------------ demo news: Netzwerk Logistik
    {
        "key": "logistik-demo-supply-chain-data",
        "owner": "logistik",
        "shared_with": ["acod", "clusterit"],
        "date": {"days_ago": 9},
        "demo": True,
        "title": {
            "de": "Daten entlang der Lieferkette: Leitfaden für Hersteller, Zulieferer und Logistiker (Demo)",
            "en": "Data along the supply chain: a guide for manufacturers, suppliers and logistics providers (demo)",
        },
        "slug": {
            "de": "leitfaden-daten-lieferkette",
            "en": "guide-supply-chain-data",
        },
        "teaser": {
            "de": (
                "Ein neuer Leitfaden zeigt, wie Unternehmen Daten zu Sendungen, Beständen und "
                "Lieferzeiten verlässlich austauschen. Mitglieder aller drei Verbände haben "
                "daran mitgearbeitet."
            ),
            "en": (
                "A new guide shows how companies can reliably exchange data on shipments, stock "
                "levels and delivery times. Members of all three associations helped to write it."
            ),
        },
        "topics": ["logistics", "digitalisation", "cooperation"],
        "body": [
            _demo_news_notice(),
            (
                "paragraph",
                {
                    "de": (
                        "<p>Wenn Teile in der richtigen Reihenfolge und auf die Minute genau am "
                        "Band ankommen müssen, zählt jede Information. Oft scheitert der Austausch "
                        "aber an unterschiedlichen Formaten und Zuständigkeiten. Der Leitfaden "
                        "beschreibt, welche Daten Fahrzeughersteller, Zulieferer und "
                        "Logistikdienstleister miteinander teilen sollten und wie sie dabei "
                        "vorgehen können.</p>"
                    ),
                    "en": (
                        "<p>When parts have to arrive at the assembly line in the right sequence "
                        "and on the minute, every piece of information counts. Yet the exchange "
                        "often fails because of differing formats and responsibilities. The guide "
                        "describes which data vehicle manufacturers, suppliers and logistics "
                        "service providers should share with one another and how they can go "
                        "about it.</p>"
                    ),
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        "<p>Entstanden ist er in einer Arbeitsgruppe des Netzwerks Logistik, an der "
                        "sich auch Mitglieder von ACOD und Cluster IT beteiligt haben – ein "
                        "Beispiel dafür, wie die drei Verbände ihre Kooperation mit Leben "
                        "füllen.</p>"
                    ),
                    "en": (
                        "<p>It was drawn up by a Netzwerk Logistik working group in which members "
                        "of ACOD and Cluster IT also took part – an example of how the three "
                        "associations are putting their cooperation into practice.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "key": "logistik-demo-career-orientation",
        "owner": "logistik",
        "shared_with": [],
        "date": {"days_ago": 30},
        "demo": True,
        "title": {
            "de": "Berufsorientierung: Schülerinnen und Schüler erkunden Logistikzentren (Demo)",
            "en": "Career orientation: school students explore logistics centres (demo)",
        },
        "slug": {
            "de": "schueler-erkunden-logistikzentren",
            "en": "students-explore-logistics-centres",
        },
        "teaser": {
            "de": (
                "Wie kommt das Paket ins richtige Regal? Bei Besuchen in Logistikzentren "
                "lernten Jugendliche aus der Region Berufe rund um Lager und Transport kennen."
            ),
            "en": (
                "How does a parcel end up on the right shelf? On visits to logistics centres, "
                "young people from the region got to know careers in warehousing and transport."
            ),
        },
        "topics": ["skilled-workers", "logistics"],
        "body": [
            _demo_news_notice(),
            (
                "paragraph",
                {
                    "de": (
                        "<p>In mehreren Mitgliedsunternehmen warfen Schulklassen einen Blick hinter "
                        "die Kulissen: vom Wareneingang über die automatisierte Kommissionierung "
                        "bis zur Tourenplanung. Auszubildende beantworteten Fragen zu Berufen wie "
                        "Fachkraft für Lagerlogistik, Kauffrau und Kaufmann für Spedition und "
                        "Logistikdienstleistung oder Berufskraftfahrerin und "
                        "Berufskraftfahrer.</p>"
                    ),
                    "en": (
                        "<p>School classes took a look behind the scenes at several member "
                        "companies: from goods receipt and automated order picking to route "
                        "planning. Apprentices answered questions about careers such as warehouse "
                        "logistics specialist, freight forwarding and logistics services clerk, or "
                        "professional driver.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "key": "logistik-demo-cargo-bike-pilot",
        "owner": "logistik",
        "shared_with": [],
        "date": {"days_ago": 56},
        "demo": True,
        "title": {
            "de": "Letzte Meile: Pilotprojekt mit Lastenrädern zieht Bilanz (Demo)",
            "en": "Last mile: cargo bike pilot project takes stock (demo)",
        },
        "slug": {
            "de": "letzte-meile-lastenrad-pilotprojekt",
            "en": "last-mile-cargo-bike-pilot",
        },
        "teaser": {
            "de": (
                "Ein halbes Jahr lang wurden Pakete in einem Innenstadtquartier mit elektrischen "
                "Lastenrädern zugestellt. Die beteiligten Unternehmen ziehen eine positive Bilanz."
            ),
            "en": (
                "For six months, parcels in an inner-city neighbourhood were delivered by electric "
                "cargo bikes. The companies involved have drawn positive conclusions."
            ),
        },
        "topics": ["logistics", "mobility"],
        "body": [
            _demo_news_notice(),
            (
                "paragraph",
                {
                    "de": (
                        "<p>Statt mit dem Transporter in der zweiten Reihe zu halten, fuhren die "
                        "Zustellerinnen und Zusteller von einem kleinen Umschlagpunkt aus mit dem "
                        "Lastenrad zu den Empfängern. Die Touren waren kürzer, und im Quartier "
                        "gab es weniger Lieferverkehr.</p>"
                    ),
                    "en": (
                        "<p>Instead of double-parking a van, the couriers set off by cargo bike "
                        "from a small transfer point to the recipients. The rounds were shorter, "
                        "and there was less delivery traffic in the neighbourhood.</p>"
                    ),
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        "<p>Offene Fragen gibt es noch bei sperrigen Sendungen und bei der Suche "
                        "nach geeigneten Flächen für Umschlagpunkte. Das Netzwerk will die "
                        "Erfahrungen mit Kommunen in Sachsen und Sachsen-Anhalt besprechen.</p>"
                    ),
                    "en": (
                        "<p>Questions remain about bulky consignments and about finding suitable "
                        "sites for transfer points. The network plans to discuss the findings with "
                        "local authorities in Saxony and Saxony-Anhalt.</p>"
                    ),
                },
            ),
        ],
    },
]


EVENTS = [
    # ------------------------------------------------------------------ historic (press release)
    {
        "key": "it-trifft-logistik-2019",
        "owner": "clusterit",
        "co_organisers": ["logistik"],
        "shared_with": [],
        "external_organisers": "",
        "start": "2019-02-13",
        "end": "2019-02-13",
        "all_day": True,
        "mode": "onsite",
        "venue": "",
        "street": "",
        "postal_code": "",
        "city": "Leipzig",
        "online_url": "",
        "registration_url": "",
        "registration_deadline": None,
        "fee": _not_stated(),
        "contact_email": "veranstaltungen@cluster-it.example",
        "demo": False,
        "title": {
            "de": "IT trifft Logistik",
            "en": "IT trifft Logistik (IT meets logistics)",
        },
        "slug": {"de": "it-trifft-logistik-2019", "en": "it-meets-logistics-2019"},
        "teaser": {
            "de": (
                "Am 13. Februar 2019 brachten der Cluster IT Mitteldeutschland und das Netzwerk "
                "Logistik Mitteldeutschland in Leipzig IT- und Logistikbranche zusammen."
            ),
            "en": (
                "On 13 February 2019, Cluster IT Mitteldeutschland and Netzwerk Logistik "
                "Mitteldeutschland brought the IT and logistics industries together in Leipzig."
            ),
        },
        "topics": ["logistics", "digitalisation", "cooperation"],
        "body": [
            (
                "paragraph",
                {
                    "de": (
                        "<p>Mit „IT trifft Logistik“ richteten der Cluster IT Mitteldeutschland und "
                        "das Netzwerk Logistik Mitteldeutschland am 13. Februar 2019 in Leipzig eine "
                        "gemeinsame Veranstaltung aus. Sie gehört zu den ersten Formaten, mit denen "
                        "die Verbände den Austausch über Branchengrenzen hinweg erprobt haben.</p>"
                    ),
                    "en": (
                        "<p>With “IT trifft Logistik” (“IT meets logistics”), Cluster IT "
                        "Mitteldeutschland and Netzwerk Logistik Mitteldeutschland held a joint "
                        "event in Leipzig on 13 February 2019. It was one of the first formats with "
                        "which the associations tried out exchange across industry "
                        "boundaries.</p>"
                    ),
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        "<p>Wenige Monate später, am 17. Juni 2019, machten die beiden Verbände "
                        "ihre Zusammenarbeit gemeinsam mit dem ACOD Automotive Cluster "
                        "Ostdeutschland offiziell. In der Pressemitteilung zur Unterzeichnung wird "
                        "„IT trifft Logistik“ als Beispiel für die neuen branchenübergreifenden "
                        "Veranstaltungsformate genannt.</p>"
                    ),
                    "en": (
                        "<p>A few months later, on 17 June 2019, the two associations made their "
                        "cooperation official together with ACOD Automotive Cluster Ostdeutschland. "
                        "The press release on the signing cites “IT trifft Logistik” as an example "
                        "of the new cross-industry event formats.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "key": "cybercrime-2019",
        "owner": "clusterit",
        "co_organisers": ["acod"],
        "shared_with": [],
        "external_organisers": "",
        "start": "2019-03-19",
        "end": "2019-03-19",
        "all_day": True,
        "mode": "onsite",
        "venue": "",
        "street": "",
        "postal_code": "",
        "city": "Halle (Saale)",
        "online_url": "",
        "registration_url": "",
        "registration_deadline": None,
        "fee": _not_stated(),
        "contact_email": "veranstaltungen@cluster-it.example",
        "demo": False,
        "title": {"de": "Cybercrime", "en": "Cybercrime"},
        "slug": {"de": "cybercrime-2019", "en": "cybercrime-2019"},
        "teaser": {
            "de": (
                "Unter dem Titel „Cybercrime“ luden der Cluster IT Mitteldeutschland und der ACOD "
                "am 19. März 2019 gemeinsam nach Halle (Saale) ein."
            ),
            "en": (
                "Under the title “Cybercrime”, Cluster IT Mitteldeutschland and ACOD jointly "
                "invited participants to Halle (Saale) on 19 March 2019."
            ),
        },
        "topics": ["it-security", "cooperation"],
        "body": [
            (
                "paragraph",
                {
                    "de": (
                        "<p>Am 19. März 2019 veranstalteten der Cluster IT Mitteldeutschland und "
                        "der ACOD Automotive Cluster Ostdeutschland in Halle (Saale) gemeinsam "
                        "„Cybercrime“. Damit brachten sie IT-Wirtschaft und Automobilbranche "
                        "zusammen.</p>"
                    ),
                    "en": (
                        "<p>On 19 March 2019, Cluster IT Mitteldeutschland and ACOD Automotive "
                        "Cluster Ostdeutschland jointly held “Cybercrime” in Halle (Saale), "
                        "bringing together the IT and automotive industries.</p>"
                    ),
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        "<p>Neben „IT trifft Logistik“ ist die Veranstaltung eines der beiden "
                        "ersten branchenübergreifenden Formate, auf die die drei Verbände in "
                        "ihrer Pressemitteilung zur Kooperation vom Juni 2019 verweisen.</p>"
                    ),
                    "en": (
                        "<p>Together with “IT trifft Logistik”, the event is one of the two first "
                        "cross-industry formats to which the three associations refer in their "
                        "press release on the cooperation of June 2019.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "key": "signing-2019",
        "owner": "acod",
        "co_organisers": ["clusterit", "logistik"],
        "shared_with": [],
        "external_organisers": "",
        "start": "2019-06-17",
        "end": "2019-06-17",
        "all_day": True,
        "mode": "onsite",
        "venue": "",
        "street": "",
        "postal_code": "",
        "city": "Leipzig",
        "online_url": "",
        "registration_url": "",
        "registration_deadline": None,
        "fee": _not_stated(),
        "contact_email": "veranstaltungen@acod.example",
        "demo": False,
        "title": {
            "de": "Unterzeichnung des Kooperationsabkommens",
            "en": "Signing of the cooperation agreement",
        },
        "slug": {
            "de": "unterzeichnung-kooperationsabkommen-2019",
            "en": "signing-cooperation-agreement-2019",
        },
        "teaser": {
            "de": (
                "Am 17. Juni 2019 unterzeichneten ACOD, Cluster IT Mitteldeutschland und Netzwerk "
                "Logistik Mitteldeutschland ihr gemeinsames Kooperationsabkommen."
            ),
            "en": (
                "On 17 June 2019, ACOD, Cluster IT Mitteldeutschland and Netzwerk Logistik "
                "Mitteldeutschland signed their joint cooperation agreement."
            ),
        },
        "topics": ["cooperation", "mobility"],
        "body": [
            (
                "paragraph",
                {
                    "de": (
                        "<p>Mit der Unterzeichnung des Kooperationsabkommens am 17. Juni 2019 "
                        "machten der ACOD Automotive Cluster Ostdeutschland e.V., der Cluster IT "
                        "Mitteldeutschland e.V. und das Netzwerk Logistik Mitteldeutschland e.V. "
                        "ihre Zusammenarbeit offiziell. Unter der Überschrift „Zukunft der "
                        "Mobilität breiter denken“ wollen die drei Verbände Automobil-, IT- und "
                        "Logistikbranche enger miteinander verzahnen.</p>"
                    ),
                    "en": (
                        "<p>By signing the cooperation agreement on 17 June 2019, ACOD Automotive "
                        "Cluster Ostdeutschland e.V., Cluster IT Mitteldeutschland e.V. and "
                        "Netzwerk Logistik Mitteldeutschland e.V. made their cooperation official. "
                        "Under the heading “Thinking more broadly about the future of mobility”, "
                        "the three associations aim to link the automotive, IT and logistics "
                        "industries more closely.</p>"
                    ),
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        "<p>Das Pressefoto zur Unterzeichnung zeigt Jens Heinrich (Vorsitzender "
                        "des Cluster IT Mitteldeutschland), Hans-Peter Kemser (Vorsitzender des "
                        "ACOD und Leiter des BMW Group Werks Leipzig) und Dierk Näther "
                        "(stellvertretender Vorsitzender des Netzwerks Logistik Mitteldeutschland). "
                        "Am Tag darauf, dem 18. Juni 2019, informierten die Verbände in einer "
                        "gemeinsamen Pressemitteilung über die Kooperation.</p>"
                    ),
                    "en": (
                        "<p>The press photo of the signing shows Jens Heinrich (Chairman of "
                        "Cluster IT Mitteldeutschland), Hans-Peter Kemser (Chairman of ACOD and "
                        "head of the BMW Group plant in Leipzig) and Dierk Näther (Deputy Chairman "
                        "of Netzwerk Logistik Mitteldeutschland). The following day, 18 June 2019, "
                        "the associations announced the cooperation in a joint press release.</p>"
                    ),
                },
            ),
        ],
    },
    # ------------------------------------------------------------------ demo events: ACOD
    {
        "key": "acod-demo-supplier-fair",
        "owner": "acod",
        "co_organisers": [],
        "shared_with": [],
        "external_organisers": "",
        "start": {"days_ahead": 40},
        "end": {"days_ahead": 41},
        "all_day": True,
        "mode": "onsite",
        "venue": "Messe Chemnitz",
        "street": "Messeplatz 1",
        "postal_code": "09116",
        "city": "Chemnitz",
        "online_url": "",
        "registration_url": "",
        "registration_deadline": None,
        "fee": {"de": "Eintritt mit Messeticket", "en": "Admission with a trade fair ticket"},
        "contact_email": "veranstaltungen@acod.example",
        "demo": True,
        "title": {
            "de": "ACOD-Gemeinschaftsstand auf der Fachmesse für Fahrzeugzulieferer (Demo)",
            "en": "ACOD joint stand at the automotive suppliers’ trade fair (demo)",
        },
        "slug": {
            "de": "gemeinschaftsstand-fachmesse-zulieferer",
            "en": "joint-stand-suppliers-trade-fair",
        },
        "teaser": {
            "de": (
                "Zwei Tage lang präsentieren sich Mitgliedsunternehmen des ACOD an einem "
                "gemeinsamen Messestand. Besuchen Sie uns in Chemnitz."
            ),
            "en": (
                "For two days, ACOD member companies are presenting themselves at a joint stand. "
                "Come and visit us in Chemnitz."
            ),
        },
        "topics": ["mobility", "industry-4-0"],
        "body": [
            _demo_event_notice(),
            (
                "paragraph",
                {
                    "de": (
                        "<p>Am Gemeinschaftsstand des ACOD zeigen Zulieferer aus Sachsen, "
                        "Sachsen-Anhalt und Thüringen, was sie für die Fahrzeuge von morgen "
                        "entwickeln – von Leichtbauteilen bis zu Komponenten für elektrische "
                        "Antriebe.</p>"
                    ),
                    "en": (
                        "<p>At the ACOD joint stand, suppliers from Saxony, Saxony-Anhalt and "
                        "Thuringia show what they are developing for tomorrow’s vehicles – from "
                        "lightweight parts to components for electric drives.</p>"
                    ),
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        "<p>Sie möchten am Stand einen Gesprächstermin vereinbaren? Schreiben Sie "
                        "der Geschäftsstelle vorab eine kurze Nachricht.</p>"
                    ),
                    "en": (
                        "<p>Would you like to arrange a meeting at the stand? Send the association’s "
                        "office a short message in advance.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "key": "acod-demo-software-forum",
        "owner": "acod",
        "co_organisers": ["clusterit"],
        "shared_with": [],
        "external_organisers": "",
        "start": {"days_ahead": 21, "time": "17:30"},
        "end": {"days_ahead": 21, "time": "20:00"},
        "all_day": False,
        "mode": "onsite",
        "venue": "Tagungszentrum Zwickau",
        "street": "Innere Schneeberger Straße 10",
        "postal_code": "08056",
        "city": "Zwickau",
        "online_url": "",
        "registration_url": "https://acod.example/anmeldung/software-im-fahrzeug",
        "registration_deadline": {"days_ahead": 14, "time": "23:59"},
        "fee": {
            "de": "Mitglieder beider Verbände kostenfrei, Gäste 40 €",
            "en": "Free for members of both associations, guests €40",
        },
        "contact_email": "veranstaltungen@acod.example",
        "demo": True,
        "title": {
            "de": "Abendforum „Software im Fahrzeug“ (Demo)",
            "en": "Evening forum “Software in the vehicle” (demo)",
        },
        "slug": {
            "de": "abendforum-software-im-fahrzeug",
            "en": "evening-forum-software-in-the-vehicle",
        },
        "teaser": {
            "de": (
                "Zulieferer treffen IT-Unternehmen: Zum Auftakt der gemeinsamen Gesprächsreihe "
                "laden ACOD und Cluster IT zu einem Abend mit Kurzvorträgen und Austausch ein."
            ),
            "en": (
                "Suppliers meet IT companies: to launch their joint series of talks, ACOD and "
                "Cluster IT invite you to an evening of short talks and discussion."
            ),
        },
        "topics": ["mobility", "digitalisation", "cooperation"],
        "body": [
            _demo_event_notice(),
            (
                "paragraph",
                {
                    "de": (
                        "<p>Drei Zulieferer schildern in kurzen Impulsen, vor welchen "
                        "Software-Aufgaben sie stehen. Anschließend stellen IT-Unternehmen aus der "
                        "Region Lösungen aus ihrer Praxis vor.</p>"
                        "<ul>"
                        "<li>17:30 Uhr: Ankommen und Begrüßung</li>"
                        "<li>18:00 Uhr: Impulse aus Zulieferer- und IT-Sicht</li>"
                        "<li>19:00 Uhr: Austausch bei einem kleinen Imbiss</li>"
                        "</ul>"
                    ),
                    "en": (
                        "<p>In short presentations, three suppliers describe the software tasks "
                        "they are facing. IT companies from the region then present solutions from "
                        "their own practice.</p>"
                        "<ul>"
                        "<li>5.30 pm: arrival and welcome</li>"
                        "<li>6 pm: short talks from the supplier and IT perspectives</li>"
                        "<li>7 pm: discussion over a light snack</li>"
                        "</ul>"
                    ),
                },
            ),
        ],
    },
    {
        "key": "acod-demo-funding-webinar",
        "owner": "acod",
        "co_organisers": [],
        "shared_with": [],
        "external_organisers": "",
        "start": {"days_ahead": 9, "time": "10:00"},
        "end": {"days_ahead": 9, "time": "11:30"},
        "all_day": False,
        "mode": "online",
        "venue": "",
        "street": "",
        "postal_code": "",
        "city": "",
        "online_url": "https://webinar.acod.example/foerderprogramme",
        "registration_url": "https://acod.example/anmeldung/webinar-foerderprogramme",
        "registration_deadline": {"days_ahead": 8, "time": "12:00"},
        "fee": {"de": "kostenfrei", "en": "free of charge"},
        "contact_email": "veranstaltungen@acod.example",
        "demo": True,
        "title": {
            "de": "Webinar: Förderprogramme für Zulieferer im Wandel (Demo)",
            "en": "Webinar: funding programmes for suppliers in transition (demo)",
        },
        "slug": {
            "de": "webinar-foerderprogramme-zulieferer",
            "en": "webinar-funding-programmes-suppliers",
        },
        "teaser": {
            "de": (
                "Welche Förderprogramme helfen Zulieferern, neue Produkte und Verfahren zu "
                "entwickeln? Ein kompakter Überblick in 90 Minuten."
            ),
            "en": (
                "Which funding programmes help suppliers to develop new products and processes? "
                "A compact overview in 90 minutes."
            ),
        },
        "topics": ["mobility", "industry-4-0"],
        "body": [
            _demo_event_notice(),
            (
                "paragraph",
                {
                    "de": (
                        "<p>Ob Forschungsprojekt, Investition in neue Anlagen oder Qualifizierung "
                        "der Belegschaft: Für viele Vorhaben gibt es Förderung von Bund und "
                        "Ländern. Das Webinar gibt einen Überblick und zeigt, worauf es bei der "
                        "Antragstellung ankommt. Fragen können Sie im Chat stellen.</p>"
                    ),
                    "en": (
                        "<p>Whether it is a research project, an investment in new equipment or "
                        "training for the workforce, many projects can receive funding from the "
                        "federal and state governments. The webinar provides an overview and shows "
                        "what matters when applying. You can ask questions in the chat.</p>"
                    ),
                },
            ),
            (
                "paragraph",
                {
                    "de": ("<p>Nach der Anmeldung erhalten Sie den Zugangslink per E-Mail.</p>"),
                    "en": (
                        "<p>Once you have registered, you will receive the access link by "
                        "e-mail.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "key": "acod-demo-network-meeting-thuringia",
        "owner": "acod",
        "co_organisers": [],
        "shared_with": [],
        "external_organisers": "",
        "start": {"days_ago": 18, "time": "14:00"},
        "end": {"days_ago": 18, "time": "17:00"},
        "all_day": False,
        "mode": "onsite",
        "venue": "Tagungszentrum Eisenach",
        "street": "Am Markt 5",
        "postal_code": "99817",
        "city": "Eisenach",
        "online_url": "",
        "registration_url": "https://acod.example/anmeldung/netzwerktreffen-thueringen",
        "registration_deadline": {"days_ago": 22, "time": "23:59"},
        "fee": {
            "de": "Mitglieder kostenfrei, Gäste 25 €",
            "en": "Free for members, guests €25",
        },
        "contact_email": "veranstaltungen@acod.example",
        "demo": True,
        "title": {
            "de": "Netzwerktreffen Thüringen: Antriebe von morgen (Demo)",
            "en": "Thuringia network meeting: the drive systems of tomorrow (demo)",
        },
        "slug": {
            "de": "netzwerktreffen-thueringen-antriebe",
            "en": "network-meeting-thuringia-drive-systems",
        },
        "teaser": {
            "de": (
                "Beim Netzwerktreffen in Eisenach ging es um die Frage, welche Antriebe "
                "Zulieferer in den kommenden Jahren beschäftigen werden."
            ),
            "en": (
                "The network meeting in Eisenach looked at which drive systems will keep "
                "suppliers busy in the years ahead."
            ),
        },
        "topics": ["mobility"],
        "body": [
            _demo_event_notice(),
            (
                "paragraph",
                {
                    "de": (
                        "<p>Batterie, Brennstoffzelle oder effizientere Verbrennungsmotoren? "
                        "Unternehmen und Forschungseinrichtungen aus Thüringen stellten ihre "
                        "Einschätzungen vor und diskutierten, was die Entwicklung für Aufträge und "
                        "Arbeitsplätze in der Region bedeutet.</p>"
                    ),
                    "en": (
                        "<p>Batteries, fuel cells or more efficient combustion engines? Companies "
                        "and research institutes from Thuringia presented their assessments and "
                        "discussed what these developments mean for orders and jobs in the "
                        "region.</p>"
                    ),
                },
            ),
        ],
    },
    # ------------------------------------------------------------------ demo events: Cluster IT
    {
        "key": "clusterit-demo-security-day",
        "owner": "clusterit",
        "co_organisers": [],
        "shared_with": [],
        "external_organisers": "Arbeitskreis IT-Sicherheit Sachsen-Anhalt",
        "start": {"days_ahead": 30, "time": "09:00"},
        "end": {"days_ahead": 30, "time": "16:30"},
        "all_day": False,
        "mode": "hybrid",
        "venue": "Tagungszentrum Magdeburg",
        "street": "Ernst-Reuter-Allee 10",
        "postal_code": "39104",
        "city": "Magdeburg",
        "online_url": "https://live.cluster-it.example/it-sicherheitstag",
        "registration_url": "https://cluster-it.example/anmeldung/it-sicherheitstag",
        "registration_deadline": {"days_ahead": 25, "time": "18:00"},
        "fee": {
            "de": "Vor Ort: Mitglieder 45 €, Gäste 95 €; online kostenfrei",
            "en": "On site: members €45, guests €95; online free of charge",
        },
        "contact_email": "veranstaltungen@cluster-it.example",
        "demo": True,
        "title": {
            "de": "IT-Sicherheitstag Mitteldeutschland (Demo)",
            "en": "Central German IT Security Day (demo)",
        },
        "slug": {"de": "it-sicherheitstag", "en": "it-security-day"},
        "teaser": {
            "de": (
                "Ein Tag rund um Schutz vor Cyberangriffen: Vorträge und Praxisberichte für "
                "Unternehmen – in Magdeburg vor Ort oder im Livestream."
            ),
            "en": (
                "A day devoted to protection against cyber attacks: talks and case studies for "
                "businesses – on site in Magdeburg or via livestream."
            ),
        },
        "topics": ["it-security", "digitalisation"],
        "body": [
            _demo_event_notice(),
            (
                "paragraph",
                {
                    "de": (
                        "<p>Fachleute aus Unternehmen, Hochschulen und Behörden zeigen, wie "
                        "Angreifer heute vorgehen und wie sich Betriebe jeder Größe schützen "
                        "können. Am Nachmittag berichten Mitgliedsunternehmen, wie sie einen "
                        "Sicherheitsvorfall bewältigt haben.</p>"
                    ),
                    "en": (
                        "<p>Experts from companies, universities and public authorities show how "
                        "attackers operate today and how businesses of every size can protect "
                        "themselves. In the afternoon, member companies report on how they dealt "
                        "with a security incident.</p>"
                    ),
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        "<p>Sie können vor Ort in Magdeburg oder online teilnehmen. Den Link zum "
                        "Livestream erhalten Sie nach der Anmeldung.</p>"
                    ),
                    "en": (
                        "<p>You can take part on site in Magdeburg or online. You will receive the "
                        "livestream link after registering.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "key": "clusterit-demo-developer-meetup-dresden",
        "owner": "clusterit",
        "co_organisers": [],
        "shared_with": [],
        "external_organisers": "",
        "start": {"days_ahead": 12, "time": "18:30"},
        "end": {"days_ahead": 12, "time": "21:00"},
        "all_day": False,
        "mode": "onsite",
        "venue": "Kreativzentrum Dresden-Neustadt",
        "street": "Königsbrücker Straße 20",
        "postal_code": "01099",
        "city": "Dresden",
        "online_url": "",
        "registration_url": "",
        "registration_deadline": None,
        "fee": {"de": "kostenfrei", "en": "free of charge"},
        "contact_email": "veranstaltungen@cluster-it.example",
        "demo": True,
        "title": {
            "de": "Entwickler-Stammtisch Dresden (Demo)",
            "en": "Developers’ get-together in Dresden (demo)",
        },
        "slug": {
            "de": "entwickler-stammtisch-dresden",
            "en": "developers-get-together-dresden",
        },
        "teaser": {
            "de": (
                "Lockerer Austausch unter Softwareentwicklerinnen und -entwicklern aus der Region, "
                "diesmal mit einem Kurzvortrag zu Testautomatisierung."
            ),
            "en": (
                "An informal get-together for software developers from the region, this time with "
                "a short talk on test automation."
            ),
        },
        "topics": ["digitalisation"],
        "body": [
            _demo_event_notice(),
            (
                "paragraph",
                {
                    "de": (
                        "<p>Der Stammtisch bringt Entwicklerinnen und Entwickler aus Unternehmen, "
                        "Start-ups und Hochschulen zusammen. Nach einem Kurzvortrag zur "
                        "Testautomatisierung bleibt viel Zeit für Gespräche. Eine Anmeldung ist "
                        "nicht nötig.</p>"
                    ),
                    "en": (
                        "<p>The get-together brings developers from companies, start-ups and "
                        "universities together. After a short talk on test automation, there is "
                        "plenty of time to chat. No registration is required.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "key": "clusterit-demo-careers-fair",
        "owner": "clusterit",
        "co_organisers": [],
        "shared_with": [],
        "external_organisers": "",
        "start": {"days_ahead": 75},
        "end": {"days_ahead": 76},
        "all_day": True,
        "mode": "onsite",
        "venue": "Messe Erfurt",
        "street": "Gothaer Straße 34",
        "postal_code": "99094",
        "city": "Erfurt",
        "online_url": "",
        "registration_url": "",
        "registration_deadline": None,
        "fee": {"de": "Eintritt frei", "en": "Free admission"},
        "contact_email": "veranstaltungen@cluster-it.example",
        "demo": True,
        "title": {
            "de": "Cluster IT auf der Karrieremesse für IT-Berufe (Demo)",
            "en": "Cluster IT at the IT careers fair (demo)",
        },
        "slug": {"de": "karrieremesse-it-berufe", "en": "it-careers-fair"},
        "teaser": {
            "de": (
                "An zwei Messetagen stellen Mitgliedsunternehmen Ausbildungsplätze, Praktika und "
                "Einstiegsstellen in der IT vor."
            ),
            "en": (
                "Over two days at the fair, member companies present apprenticeships, internships "
                "and entry-level jobs in IT."
            ),
        },
        "topics": ["skilled-workers"],
        "body": [
            _demo_event_notice(),
            (
                "paragraph",
                {
                    "de": (
                        "<p>Am Gemeinschaftsstand des Cluster IT lernen Schülerinnen, Schüler und "
                        "Studierende IT-Unternehmen aus Sachsen, Sachsen-Anhalt und Thüringen "
                        "kennen. Bringen Sie gern Ihre Bewerbungsunterlagen mit – viele Betriebe "
                        "führen direkt am Stand erste Gespräche.</p>"
                    ),
                    "en": (
                        "<p>At the Cluster IT joint stand, school students and university students "
                        "can get to know IT companies from Saxony, Saxony-Anhalt and Thuringia. "
                        "Feel free to bring your application documents – many companies hold "
                        "initial interviews right at the stand.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "key": "clusterit-demo-cloud-contracts-webinar",
        "owner": "clusterit",
        "co_organisers": [],
        "shared_with": [],
        "external_organisers": "",
        "start": {"days_ago": 12, "time": "11:00"},
        "end": {"days_ago": 12, "time": "12:00"},
        "all_day": False,
        "mode": "online",
        "venue": "",
        "street": "",
        "postal_code": "",
        "city": "",
        "online_url": "https://webinar.cluster-it.example/cloud-vertraege",
        "registration_url": "https://cluster-it.example/anmeldung/webinar-cloud-vertraege",
        "registration_deadline": {"days_ago": 13, "time": "12:00"},
        "fee": {
            "de": "Mitglieder kostenfrei, Gäste 20 €",
            "en": "Free for members, guests €20",
        },
        "contact_email": "veranstaltungen@cluster-it.example",
        "demo": True,
        "title": {
            "de": "Webinar: Cloud-Verträge sicher gestalten (Demo)",
            "en": "Webinar: drawing up secure cloud contracts (demo)",
        },
        "slug": {"de": "webinar-cloud-vertraege", "en": "webinar-cloud-contracts"},
        "teaser": {
            "de": (
                "Worauf sollten Unternehmen bei Verträgen mit Cloud-Anbietern achten? Eine Stunde "
                "mit Praxistipps zu Datenschutz, Verfügbarkeit und Kündigung."
            ),
            "en": (
                "What should companies look out for in contracts with cloud providers? An hour of "
                "practical tips on data protection, availability and termination."
            ),
        },
        "topics": ["digitalisation", "it-security"],
        "body": [
            _demo_event_notice(),
            (
                "paragraph",
                {
                    "de": (
                        "<p>Das Webinar ging die wichtigsten Punkte eines Cloud-Vertrags durch: "
                        "Wo werden die Daten gespeichert, welche Verfügbarkeit sagt der Anbieter "
                        "zu, und wie kommt man bei einem Wechsel wieder an seine Daten?</p>"
                    ),
                    "en": (
                        "<p>The webinar went through the key points of a cloud contract: where is "
                        "the data stored, what availability does the provider guarantee, and how "
                        "do you get your data back if you switch providers?</p>"
                    ),
                },
            ),
        ],
    },
    # ------------------------------------------------------------------ demo events: Netzwerk Logistik
    {
        "key": "logistik-demo-automotive-logistics-forum",
        "owner": "logistik",
        "co_organisers": [],
        "shared_with": ["acod"],
        "external_organisers": "",
        "start": {"days_ahead": 45, "time": "13:00"},
        "end": {"days_ahead": 45, "time": "18:00"},
        "all_day": False,
        "mode": "onsite",
        "venue": "Congress Center Leipzig",
        "street": "Messe-Allee 1",
        "postal_code": "04356",
        "city": "Leipzig",
        "online_url": "",
        "registration_url": "https://netzwerk-logistik.example/anmeldung/forum-automobillogistik",
        "registration_deadline": {"days_ahead": 38, "time": "23:59"},
        "fee": {"de": "Mitglieder 60 €, Gäste 120 €", "en": "Members €60, guests €120"},
        "contact_email": "veranstaltungen@netzwerk-logistik.example",
        "demo": True,
        "title": {
            "de": "Forum Automobillogistik: Just-in-Sequence in Mitteldeutschland (Demo)",
            "en": "Automotive logistics forum: just-in-sequence in Central Germany (demo)",
        },
        "slug": {"de": "forum-automobillogistik", "en": "automotive-logistics-forum"},
        "teaser": {
            "de": (
                "Wie gelangen Teile in der richtigen Reihenfolge ans Band? Logistiker, Zulieferer "
                "und Hersteller berichten aus der Praxis."
            ),
            "en": (
                "How do parts reach the assembly line in the right sequence? Logistics providers, "
                "suppliers and manufacturers share their practical experience."
            ),
        },
        "topics": ["logistics", "mobility"],
        "body": [
            _demo_event_notice(),
            (
                "paragraph",
                {
                    "de": (
                        "<p>Die Automobilindustrie stellt hohe Anforderungen an Pünktlichkeit und "
                        "Reihenfolge der Anlieferung. Beim Forum zeigen Unternehmen aus der Region, "
                        "wie sie ihre Abläufe organisieren, welche Rolle digitale Daten dabei "
                        "spielen und wie sie auf Störungen reagieren.</p>"
                    ),
                    "en": (
                        "<p>The automotive industry makes high demands on punctual delivery in the "
                        "right order. At the forum, companies from the region show how they "
                        "organise their processes, what role digital data plays and how they "
                        "respond to disruptions.</p>"
                    ),
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        "<p>Die Veranstaltung richtet sich ausdrücklich auch an Mitglieder des "
                        "ACOD.</p>"
                    ),
                    "en": ("<p>The event is explicitly also aimed at members of ACOD.</p>"),
                },
            ),
        ],
    },
    {
        "key": "logistik-demo-logistics-academy",
        "owner": "logistik",
        "co_organisers": [],
        "shared_with": [],
        "external_organisers": "",
        "start": {"days_ahead": 100},
        "end": {"days_ahead": 101},
        "all_day": True,
        "mode": "onsite",
        "venue": "Bildungszentrum am Hafen",
        "street": "Hafenstraße 10",
        "postal_code": "06108",
        "city": "Halle (Saale)",
        "online_url": "",
        "registration_url": "https://netzwerk-logistik.example/anmeldung/logistik-akademie",
        "registration_deadline": {"days_ahead": 80, "time": "23:59"},
        "fee": {
            "de": "Mitglieder 290 €, Gäste 390 € (inklusive Verpflegung)",
            "en": "Members €290, guests €390 (catering included)",
        },
        "contact_email": "veranstaltungen@netzwerk-logistik.example",
        "demo": True,
        "title": {
            "de": "Logistik-Akademie: Teams im digitalen Lager führen (Demo)",
            "en": "Logistics academy: leading teams in the digital warehouse (demo)",
        },
        "slug": {
            "de": "logistik-akademie-digitales-lager",
            "en": "logistics-academy-digital-warehouse",
        },
        "teaser": {
            "de": (
                "Zweitägige Weiterbildung für Schichtleitungen und Lagerverantwortliche: Wie "
                "gelingt Führung, wenn Scanner, Software und Roboter den Alltag prägen?"
            ),
            "en": (
                "A two-day training course for shift supervisors and warehouse managers: how do "
                "you lead well when scanners, software and robots shape everyday work?"
            ),
        },
        "topics": ["skilled-workers", "logistics", "industry-4-0"],
        "body": [
            _demo_event_notice(),
            (
                "paragraph",
                {
                    "de": (
                        "<p>Die Weiterbildung verbindet Grundlagen der Lagerautomatisierung mit "
                        "Fragen der Mitarbeiterführung. Die Teilnehmenden lernen, neue Technik im "
                        "Team einzuführen, Vorbehalte ernst zu nehmen und Beschäftigte "
                        "weiterzuqualifizieren.</p>"
                    ),
                    "en": (
                        "<p>The course combines the basics of warehouse automation with questions "
                        "of staff leadership. Participants learn how to introduce new technology "
                        "to their team, take concerns seriously and help employees gain new "
                        "skills.</p>"
                    ),
                },
            ),
            (
                "paragraph",
                {
                    "de": ("<p>Die Zahl der Plätze ist auf 16 begrenzt.</p>"),
                    "en": ("<p>Places are limited to 16.</p>"),
                },
            ),
        ],
    },
    {
        "key": "logistik-demo-online-breakfast",
        "owner": "logistik",
        "co_organisers": [],
        "shared_with": [],
        "external_organisers": "",
        "start": {"days_ahead": 6, "time": "08:30"},
        "end": {"days_ahead": 6, "time": "09:30"},
        "all_day": False,
        "mode": "online",
        "venue": "",
        "street": "",
        "postal_code": "",
        "city": "",
        "online_url": "https://meet.netzwerk-logistik.example/online-fruehstueck",
        "registration_url": "https://netzwerk-logistik.example/anmeldung/online-fruehstueck",
        "registration_deadline": {"days_ahead": 5, "time": "12:00"},
        "fee": {"de": "kostenfrei", "en": "free of charge"},
        "contact_email": "veranstaltungen@netzwerk-logistik.example",
        "demo": True,
        "title": {
            "de": "Online-Frühstück: Kurzvorträge zur Lagerautomatisierung (Demo)",
            "en": "Online breakfast: short talks on warehouse automation (demo)",
        },
        "slug": {
            "de": "online-fruehstueck-lagerautomatisierung",
            "en": "online-breakfast-warehouse-automation",
        },
        "teaser": {
            "de": (
                "Eine Stunde, drei Kurzvorträge: Mitgliedsunternehmen berichten, was "
                "Automatisierung in ihren Lagern verändert hat."
            ),
            "en": (
                "One hour, three short talks: member companies report on what automation has "
                "changed in their warehouses."
            ),
        },
        "topics": ["logistics", "industry-4-0"],
        "body": [
            _demo_event_notice(),
            (
                "paragraph",
                {
                    "de": (
                        "<p>Zum Start in den Tag stellen drei Mitgliedsunternehmen in je "
                        "15 Minuten ein Automatisierungsprojekt vor – mit ehrlichem Blick auf "
                        "Aufwand und Ergebnis. Danach ist Zeit für Fragen.</p>"
                    ),
                    "en": (
                        "<p>To start the day, three member companies each present an automation "
                        "project in 15 minutes – taking an honest look at the effort involved and "
                        "the results. There is time for questions afterwards.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "key": "logistik-demo-field-trip-schkeuditz",
        "owner": "logistik",
        "co_organisers": ["clusterit"],
        "shared_with": [],
        "external_organisers": "",
        "start": {"days_ago": 25, "time": "10:00"},
        "end": {"days_ago": 25, "time": "14:00"},
        "all_day": False,
        "mode": "onsite",
        "venue": "Logistikpark Schkeuditz",
        "street": "Am Frachtzentrum 3",
        "postal_code": "04435",
        "city": "Schkeuditz",
        "online_url": "",
        "registration_url": "https://netzwerk-logistik.example/anmeldung/exkursion-schkeuditz",
        "registration_deadline": {"days_ago": 30, "time": "23:59"},
        "fee": {
            "de": "Mitglieder kostenfrei, Gäste 30 €",
            "en": "Free for members, guests €30",
        },
        "contact_email": "veranstaltungen@netzwerk-logistik.example",
        "demo": True,
        "title": {
            "de": "Exkursion: Digitale Lagersteuerung in der Praxis (Demo)",
            "en": "Field trip: digital warehouse management in practice (demo)",
        },
        "slug": {
            "de": "exkursion-digitale-lagersteuerung",
            "en": "field-trip-digital-warehouse-management",
        },
        "teaser": {
            "de": (
                "Netzwerk Logistik und Cluster IT luden zu einem Rundgang durch ein "
                "Logistikzentrum ein, dessen Abläufe weitgehend digital gesteuert werden."
            ),
            "en": (
                "Netzwerk Logistik and Cluster IT invited participants on a tour of a logistics "
                "centre whose operations are largely controlled digitally."
            ),
        },
        "topics": ["logistics", "digitalisation", "cooperation"],
        "body": [
            _demo_event_notice(),
            (
                "paragraph",
                {
                    "de": (
                        "<p>Beim Rundgang erlebten die Teilnehmenden, wie Lagerverwaltung, "
                        "fahrerlose Transportsysteme und Versandplanung zusammenspielen. Danach "
                        "erklärten die IT-Verantwortlichen des Standorts, wie die Systeme "
                        "verbunden sind und abgesichert werden.</p>"
                    ),
                    "en": (
                        "<p>On the tour, participants saw how warehouse management, driverless "
                        "transport systems and shipping planning work together. Afterwards, the "
                        "site’s IT managers explained how the systems are connected and "
                        "secured.</p>"
                    ),
                },
            ),
        ],
    },
]
