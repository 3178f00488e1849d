"""Demo content for the three association sites (from the 2019 cooperation press release)."""

# Facts (names, founding years, regions, member counts, goals and the quotes) are taken from
# the joint press release of 18 June 2019 ("Zukunft der Mobilität breiter denken") and reflect
# the situation at that time. All texts are written afresh from those facts.
#
# Postal addresses, e-mail addresses, phone numbers, register numbers and VAT IDs are
# FICTIONAL demo values (".example" domains, zero-filled numbers); the legal pages say so.
#
# Format: every translatable text is a {"de": ..., "en": ...} dict; rich text uses only
# <p>, <a href>, <strong>, <em>, <ul> and <li>. Page bodies are lists of (block_type, value)
# tuples. The imprint, privacy page and event table share their structure across the three
# sites, so they are built by the small private helpers below (each call returns fresh dicts).


def _events_table():
    """The two first cross-industry events named in the press release."""
    return (
        "table",
        {
            "caption": {
                "de": "Die ersten branchenübergreifenden Veranstaltungen",
                "en": "The first cross-industry events",
            },
            "header": [
                {"de": "Datum", "en": "Date"},
                {"de": "Veranstaltung", "en": "Event"},
                {"de": "Ort", "en": "Location"},
                {"de": "Veranstalter", "en": "Organisers"},
            ],
            "rows": [
                [
                    {"de": "13. Februar 2019", "en": "13 February 2019"},
                    {
                        "de": "„IT trifft Logistik“",
                        "en": "“IT trifft Logistik” (“IT meets Logistics”)",
                    },
                    {"de": "Leipzig", "en": "Leipzig"},
                    {
                        "de": "Cluster IT Mitteldeutschland und Netzwerk Logistik Mitteldeutschland",
                        "en": "Cluster IT Mitteldeutschland and Netzwerk Logistik Mitteldeutschland",
                    },
                ],
                [
                    {"de": "19. März 2019", "en": "19 March 2019"},
                    {"de": "„Cybercrime“", "en": "“Cybercrime”"},
                    {"de": "Halle (Saale)", "en": "Halle (Saale)"},
                    {
                        "de": "Cluster IT Mitteldeutschland und ACOD",
                        "en": "Cluster IT Mitteldeutschland and ACOD",
                    },
                ],
            ],
        },
    )


def _imprint_page(name_de, name_en):
    """Legal notice; name_de is the association's name with its German article (nominative)."""
    return {
        "key": "imprint",
        "slug": {"de": "impressum", "en": "legal-notice"},
        "title": {"de": "Impressum", "en": "Legal notice"},
        "intro": {
            "de": "Pflichtangaben zum Anbieter dieser Website.",
            "en": "Statutory information about the provider of this website.",
        },
        "show_in_menus": False,
        "body": [
            (
                "heading",
                {
                    "text": {
                        "de": "Angaben gemäß § 5 DDG",
                        "en": "Information pursuant to Section 5 DDG (German Digital Services Act)",
                    },
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        f"<p>Anbieter dieser Website ist {name_de}. Der Verein ist im "
                        "Vereinsregister eingetragen und wird gerichtlich wie außergerichtlich "
                        "durch seinen Vorstand vertreten.</p>"
                    ),
                    "en": (
                        f"<p>This website is provided by {name_en}, an association entered in "
                        "the German register of associations. The association is represented "
                        "in and out of court by its Board.</p>"
                    ),
                },
            ),
            ("legal_details", {}),
            ("heading", {"text": {"de": "Kontakt", "en": "Contact"}, "level": "h3"}),
            ("contact_details", {}),
            (
                "heading",
                {"text": {"de": "Haftung für Links", "en": "Liability for links"}, "level": "h2"},
            ),
            (
                "paragraph",
                {
                    "de": (
                        "<p>An einigen Stellen verweisen unsere Seiten auf Websites anderer "
                        "Anbieter. Auf deren Inhalte haben wir keinen Einfluss; dafür ist allein "
                        "der jeweilige Betreiber verantwortlich. Als wir die Links gesetzt haben, "
                        "waren auf den verlinkten Seiten keine Rechtsverstöße erkennbar. Eine "
                        "ständige Kontrolle ohne konkreten Anlass können wir nicht leisten – "
                        "erfahren wir aber von einer Rechtsverletzung, entfernen wir den "
                        "betreffenden Link umgehend.</p>"
                    ),
                    "en": (
                        "<p>In some places our pages link to websites run by other providers. We "
                        "have no influence over their content, for which the respective operator "
                        "alone is responsible. When we set the links, no legal infringements were "
                        "apparent on the linked pages. We cannot monitor them continuously without "
                        "a specific reason – but if we learn of an infringement, we will remove "
                        "the link concerned without delay.</p>"
                    ),
                },
            ),
            (
                "heading",
                {
                    "text": {"de": "Hinweis: Demo-Daten", "en": "Please note: demo data"},
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        "<p><strong>Dies ist eine Demo-Website.</strong> Anschrift, "
                        "E-Mail-Adresse, Telefonnummer, Registernummer und "
                        "Umsatzsteuer-Identifikationsnummer auf dieser Website sind frei "
                        "erfunden und gehören nicht zum Verein. Namen, Funktionen und Angaben zum "
                        "Verein stammen aus einer gemeinsamen Pressemitteilung der drei Verbände "
                        "vom Juni 2019 und geben den damaligen Stand wieder.</p>"
                    ),
                    "en": (
                        "<p><strong>This is a demo website.</strong> The postal address, e-mail "
                        "address, telephone number, register number and VAT identification "
                        "number shown here are entirely fictional and do not belong to the "
                        "association. Names, roles and details about the association are taken "
                        "from a joint press release issued by the three associations in June 2019 "
                        "and reflect the situation at that time.</p>"
                    ),
                },
            ),
        ],
    }


def _privacy_page(name_de, name_en):
    """Privacy policy that matches how the sites actually work (no cookies, no tracking)."""
    return {
        "key": "privacy",
        "slug": {"de": "datenschutz", "en": "privacy"},
        "title": {"de": "Datenschutz", "en": "Privacy policy"},
        "intro": {
            "de": "Wie wir mit personenbezogenen Daten umgehen, wenn Sie diese Website besuchen.",
            "en": "How we handle personal data when you visit this website.",
        },
        "show_in_menus": False,
        "body": [
            ("heading", {"text": {"de": "Verantwortlicher", "en": "Controller"}, "level": "h2"}),
            (
                "paragraph",
                {
                    "de": (
                        "<p>Verantwortlich für die Verarbeitung personenbezogener Daten auf dieser "
                        f"Website im Sinne der Datenschutz-Grundverordnung (DSGVO) ist {name_de}:</p>"
                    ),
                    "en": (
                        "<p>The controller responsible for processing personal data on this "
                        "website within the meaning of the General Data Protection Regulation "
                        f"(GDPR) is {name_en}:</p>"
                    ),
                },
            ),
            ("contact_details", {}),
            (
                "heading",
                {"text": {"de": "Server-Logdateien", "en": "Server log files"}, "level": "h2"},
            ),
            (
                "paragraph",
                {
                    "de": (
                        "<p>Bei jedem Seitenaufruf speichert unser Webserver automatisch einige "
                        "Angaben, die Ihr Browser übermittelt: Ihre IP-Adresse, Datum und Uhrzeit "
                        "des Zugriffs, die aufgerufene Adresse (URL) und die Kennung Ihres Browsers "
                        "(User-Agent). Wir nutzen diese Daten ausschließlich, um die Sicherheit "
                        "und Stabilität der Website zu gewährleisten, etwa um Angriffe zu "
                        "erkennen und abzuwehren. Nach sieben Tagen werden die Logdateien "
                        "automatisch gelöscht.</p>"
                        "<p>Rechtsgrundlage ist Art. 6 Abs. 1 lit. f DSGVO. Unser berechtigtes "
                        "Interesse liegt im sicheren und störungsfreien Betrieb dieser "
                        "Website.</p>"
                    ),
                    "en": (
                        "<p>Whenever a page is requested, our web server automatically records "
                        "some information sent by your browser: your IP address, the date and "
                        "time of access, the address (URL) requested and your browser’s "
                        "identifier (user agent). We use this data solely to keep the website "
                        "secure and stable, for example to detect and fend off attacks. The log "
                        "files are deleted automatically after seven days.</p>"
                        "<p>The legal basis is Art. 6(1)(f) GDPR. Our legitimate interest lies in "
                        "operating this website securely and without disruption.</p>"
                    ),
                },
            ),
            (
                "heading",
                {
                    "text": {"de": "Keine Cookies, kein Tracking", "en": "No cookies, no tracking"},
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        "<p>Beim Lesen dieser Website werden keine Cookies gesetzt. Wir "
                        "verwenden keine Tracking- oder Analysewerkzeuge und erstellen keine "
                        "Nutzungsprofile. Technisch notwendige Sitzungs-Cookies entstehen nur, "
                        "wenn sich Redakteurinnen und Redakteure im geschützten Verwaltungsbereich "
                        "anmelden.</p>"
                    ),
                    "en": (
                        "<p>No cookies are set when you read this website. We do not use any "
                        "tracking or analytics tools and we do not create usage profiles. "
                        "Technically necessary session cookies are only used when editors log in "
                        "to the protected administration area.</p>"
                    ),
                },
            ),
            (
                "heading",
                {
                    "text": {
                        "de": "Keine Inhalte von Drittanbietern",
                        "en": "No third-party content",
                    },
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        "<p>Schriftarten, Bilder, Skripte und Stylesheets liefern wir "
                        "ausschließlich von unserem eigenen Server aus. Beim Besuch dieser Website "
                        "werden daher keine Daten an externe Dienste wie Schriftarten-Anbieter, "
                        "Content-Delivery-Networks oder soziale Netzwerke übertragen. Verweise auf "
                        "unsere Profile in sozialen Netzwerken sind einfache Links: Erst wenn Sie "
                        "einem solchen Link folgen, gelten die Datenschutzbestimmungen des "
                        "jeweiligen Anbieters.</p>"
                    ),
                    "en": (
                        "<p>Fonts, images, scripts and stylesheets are served exclusively from our "
                        "own server. Visiting this website therefore does not transmit any data to "
                        "external services such as font providers, content delivery networks or "
                        "social networks. References to our social media profiles are plain "
                        "links: the respective provider’s privacy policy only applies once you "
                        "follow such a link.</p>"
                    ),
                },
            ),
            (
                "heading",
                {
                    "text": {
                        "de": "Kontakt per E-Mail oder Telefon",
                        "en": "Contacting us by e-mail or phone",
                    },
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        "<p>Wenn Sie uns per E-Mail oder telefonisch kontaktieren, verarbeiten wir "
                        "die Angaben, die Sie uns mitteilen (zum Beispiel Ihren Namen, Ihre "
                        "E-Mail-Adresse und den Inhalt Ihrer Anfrage), um Ihr Anliegen zu "
                        "bearbeiten. Geht es um eine Mitgliedschaft oder einen anderen Vertrag, "
                        "ist Rechtsgrundlage Art. 6 Abs. 1 lit. b DSGVO, in allen anderen Fällen "
                        "Art. 6 Abs. 1 lit. f DSGVO – unser berechtigtes Interesse besteht darin, "
                        "Ihre Anfrage zu beantworten. Wir löschen die Daten, sobald Ihr Anliegen "
                        "erledigt ist und keine gesetzlichen Aufbewahrungspflichten "
                        "entgegenstehen.</p>"
                    ),
                    "en": (
                        "<p>If you contact us by e-mail or telephone, we process the information "
                        "you provide (for example your name, e-mail address and the content of "
                        "your enquiry) in order to deal with your request. Where your enquiry "
                        "concerns a membership or another contract, the legal basis is "
                        "Art. 6(1)(b) GDPR; in all other cases it is Art. 6(1)(f) GDPR, our "
                        "legitimate interest being to answer your enquiry. We delete the data "
                        "once your request has been dealt with, unless statutory retention "
                        "periods require us to keep it.</p>"
                    ),
                },
            ),
            ("heading", {"text": {"de": "Ihre Rechte", "en": "Your rights"}, "level": "h2"}),
            (
                "paragraph",
                {
                    "de": (
                        "<p>Ihnen stehen uns gegenüber folgende Rechte zu:</p>"
                        "<ul>"
                        "<li>Auskunft über die zu Ihrer Person gespeicherten Daten (Art. 15 DSGVO)</li>"
                        "<li>Berichtigung unrichtiger Daten (Art. 16 DSGVO)</li>"
                        "<li>Löschung (Art. 17 DSGVO)</li>"
                        "<li>Einschränkung der Verarbeitung (Art. 18 DSGVO)</li>"
                        "<li>Datenübertragbarkeit (Art. 20 DSGVO)</li>"
                        "<li>Widerspruch gegen Verarbeitungen, die auf Art. 6 Abs. 1 lit. f DSGVO "
                        "beruhen (Art. 21 DSGVO)</li>"
                        "</ul>"
                        "<p>Um eines dieser Rechte auszuüben, genügt eine formlose Nachricht an die "
                        "oben genannten Kontaktdaten.</p>"
                    ),
                    "en": (
                        "<p>You have the following rights with regard to us:</p>"
                        "<ul>"
                        "<li>access to the data stored about you (Art. 15 GDPR)</li>"
                        "<li>rectification of inaccurate data (Art. 16 GDPR)</li>"
                        "<li>erasure (Art. 17 GDPR)</li>"
                        "<li>restriction of processing (Art. 18 GDPR)</li>"
                        "<li>data portability (Art. 20 GDPR)</li>"
                        "<li>objection to processing based on Art. 6(1)(f) GDPR (Art. 21 GDPR)</li>"
                        "</ul>"
                        "<p>To exercise any of these rights, simply send an informal message using "
                        "the contact details given above.</p>"
                    ),
                },
            ),
            (
                "heading",
                {
                    "text": {
                        "de": "Beschwerde bei der Aufsichtsbehörde",
                        "en": "Complaints to the supervisory authority",
                    },
                    "level": "h3",
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        "<p>Sie haben außerdem das Recht, sich bei einer "
                        "Datenschutz-Aufsichtsbehörde zu beschweren (Art. 77 DSGVO). Für uns "
                        'zuständig ist die <a href="https://www.datenschutz.sachsen.de">Sächsische '
                        "Datenschutz- und Transparenzbeauftragte</a> in Dresden.</p>"
                    ),
                    "en": (
                        "<p>You also have the right to lodge a complaint with a data protection "
                        "supervisory authority (Art. 77 GDPR). The authority responsible for us is "
                        '<a href="https://www.datenschutz.sachsen.de">Saxony’s Data Protection and '
                        "Transparency Commissioner</a> (Sächsische Datenschutz- und "
                        "Transparenzbeauftragte) in Dresden.</p>"
                    ),
                },
            ),
        ],
    }


ASSOCIATIONS = [
    # ------------------------------------------------------------------------------------------
    # ACOD Automotive Cluster Ostdeutschland e.V.
    # ------------------------------------------------------------------------------------------
    {
        "key": "acod",
        "full_name": "ACOD Automotive Cluster Ostdeutschland e.V.",
        "short_name": "ACOD",
        "founded": 2006,
        "tagline": {
            "de": "Das Netzwerk der Automobilindustrie in Ostdeutschland",
            "en": "The automotive industry network for eastern Germany",
        },
        "footer_text": {
            "de": (
                "Der ACOD Automotive Cluster Ostdeutschland e.V. verbindet seit 2006 Unternehmen, "
                "Forschung und Initiativen der Automobil- und Zulieferindustrie in den "
                "ostdeutschen Ländern."
            ),
            "en": (
                "Since 2006, ACOD Automotive Cluster Ostdeutschland e.V. has connected companies, "
                "research institutes and initiatives from the automotive and supplier industry "
                "across the eastern German states."
            ),
        },
        "street": "Musterstraße 12",
        "postal_code": "04109",
        "city": "Leipzig",
        "email": "info@acod.example",
        "phone": "+49 341 000000-0",
        "social_links": [
            ("LinkedIn", "https://www.linkedin.com/company/example-acod"),
        ],
        "legal": {
            "register_court": "Amtsgericht Leipzig",
            "register_number": "VR 0000 (Demo)",
            "board": "Hans-Peter Kemser (Vorsitzender / Chairman)",
            "vat_id": "DE000000000 (Demo)",
            "responsible_person": "Dr. Jens Katzek, Musterstraße 12, 04109 Leipzig",
        },
        "home": {
            "title": {"de": "Start", "en": "Home"},
            "hero_heading": {
                "de": "Gemeinsam stärker: Automobilkompetenz aus Ostdeutschland",
                "en": "Stronger together: automotive expertise from eastern Germany",
            },
            "intro": {
                "de": (
                    "<p>Seit 2006 finden Fahrzeughersteller, Zulieferer, Forschungseinrichtungen "
                    "und Dienstleister aus Ostdeutschland im ACOD eine gemeinsame Plattform. "
                    "Zusammen mit den Initiativen der Länder arbeiten wir daran, Innovationskraft "
                    "und Wertschöpfung der Branche in der Region zu steigern. Und seit 2019 denken "
                    "wir die Mobilität der Zukunft gemeinsam mit der IT- und der "
                    "Logistikbranche.</p>"
                ),
                "en": (
                    "<p>Since 2006, vehicle manufacturers, suppliers, research institutes and "
                    "service providers from eastern Germany have had a common platform in ACOD. "
                    "Together with the state initiatives, we work to boost the industry’s "
                    "capacity for innovation and the value it creates in the region. And since "
                    "2019, we have been shaping the mobility of the future together with the IT "
                    "and logistics sectors.</p>"
                ),
            },
        },
        "pages": [
            {
                "key": "about",
                "slug": {"de": "ueber-uns", "en": "about-us"},
                "title": {"de": "Über uns", "en": "About us"},
                "intro": {
                    "de": "Der ACOD vernetzt seit 2006 die Automobil- und Zulieferindustrie in den ostdeutschen Bundesländern.",
                    "en": "Since 2006, ACOD has been bringing together the automotive and supplier industry across the eastern German states.",
                },
                "show_in_menus": True,
                "body": [
                    (
                        "heading",
                        {"text": {"de": "Wer wir sind", "en": "Who we are"}, "level": "h2"},
                    ),
                    (
                        "paragraph",
                        {
                            "de": (
                                "<p>Der <strong>ACOD Automotive Cluster Ostdeutschland e.V.</strong> "
                                "wurde 2006 gegründet und ist seither die gemeinsame Plattform der "
                                "Automobilbranche in den ostdeutschen Bundesländern. Bei uns "
                                "arbeiten Fahrzeughersteller und Zulieferer mit "
                                "Forschungseinrichtungen, Dienstleistern, Verbänden, Vereinen und "
                                "Initiativen zusammen.</p>"
                            ),
                            "en": (
                                "<p><strong>ACOD Automotive Cluster Ostdeutschland e.V.</strong> "
                                "was founded in 2006 and has been the shared platform of the "
                                "automotive sector in the eastern German states ever since. "
                                "Within ACOD, vehicle manufacturers and suppliers work alongside "
                                "research institutes, service providers, trade bodies, "
                                "associations and initiatives.</p>"
                            ),
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "de": (
                                "<p>Von Anfang an gehen wir diesen Weg Hand in Hand mit den "
                                "Initiativen der einzelnen ostdeutschen Länder. Gemeinsam wollen "
                                "wir die Automobil- und Zulieferindustrie der Region dauerhaft "
                                "stärken – nicht mit kurzfristigen Aktionen, sondern mit "
                                "tragfähigen Verbindungen.</p>"
                            ),
                            "en": (
                                "<p>From the very beginning, we have worked hand in hand with the "
                                "initiatives of the individual eastern German states. Our shared "
                                "aim is to give the region’s automotive and supplier industry "
                                "lasting support – not through short-term campaigns, but through "
                                "connections that endure.</p>"
                            ),
                        },
                    ),
                    ("heading", {"text": {"de": "Unsere Ziele", "en": "Our goals"}, "level": "h2"}),
                    (
                        "paragraph",
                        {
                            "de": (
                                "<p>Vernetzung ist der Kern unserer Arbeit. Wenn Unternehmen, "
                                "Wissenschaft und Dienstleister ihre Kräfte bündeln, entstehen "
                                "mehr Innovationen und eine höhere Wertschöpfung – und damit die "
                                "Grundlage für eine gute wirtschaftliche Entwicklung in "
                                "Ostdeutschland. Konkret heißt das für uns:</p>"
                                "<ul>"
                                "<li>Kontakte zwischen Herstellern, Zulieferern, Forschung und "
                                "Dienstleistern knüpfen</li>"
                                "<li>die Innovationskraft der Branche in der Region erhöhen</li>"
                                "<li>mehr Wertschöpfung in Ostdeutschland halten und schaffen</li>"
                                "<li>die Zusammenarbeit mit anderen Branchen wie IT und Logistik "
                                "ausbauen</li>"
                                "</ul>"
                            ),
                            "en": (
                                "<p>Networking lies at the heart of what we do. When companies, "
                                "researchers and service providers pool their strengths, the "
                                "result is more innovation and greater added value – and with it "
                                "the foundation for sound economic development in eastern "
                                "Germany. In practical terms, this means:</p>"
                                "<ul>"
                                "<li>building links between manufacturers, suppliers, research "
                                "and service providers</li>"
                                "<li>strengthening the industry’s capacity for innovation in the "
                                "region</li>"
                                "<li>retaining and creating more value in eastern Germany</li>"
                                "<li>expanding cooperation with other sectors such as IT and "
                                "logistics</li>"
                                "</ul>"
                            ),
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "de": (
                                "<p>Im Jahr 2019 stand Hans-Peter Kemser, Leiter des BMW Group "
                                "Werks Leipzig, als Vorsitzender an der Spitze des Vereins; "
                                "Geschäftsführer war Dr. Jens Katzek.</p>"
                            ),
                            "en": (
                                "<p>In 2019, the association was chaired by Hans-Peter Kemser, "
                                "head of the BMW Group plant in Leipzig, with Dr. Jens Katzek as "
                                "Managing Director.</p>"
                            ),
                        },
                    ),
                    (
                        "table",
                        {
                            "caption": {"de": "Der ACOD auf einen Blick", "en": "ACOD at a glance"},
                            "header": [
                                {"de": "Merkmal", "en": "Fact"},
                                {"de": "Angabe", "en": "Details"},
                            ],
                            "rows": [
                                [
                                    {"de": "Gegründet", "en": "Founded"},
                                    {"de": "2006", "en": "2006"},
                                ],
                                [
                                    {"de": "Region", "en": "Region"},
                                    {
                                        "de": "Ostdeutsche Bundesländer",
                                        "en": "Eastern German states",
                                    },
                                ],
                                [
                                    {"de": "Mitglieder", "en": "Members"},
                                    {
                                        "de": "Fahrzeughersteller, Zulieferer, Forschungseinrichtungen, Dienstleister, Verbände und Initiativen",
                                        "en": "Vehicle manufacturers, suppliers, research institutes, service providers, trade bodies and initiatives",
                                    },
                                ],
                                [
                                    {"de": "Vorsitzender (2019)", "en": "Chairman (2019)"},
                                    {
                                        "de": "Hans-Peter Kemser, Leiter BMW Group Werk Leipzig",
                                        "en": "Hans-Peter Kemser, head of BMW Group Plant Leipzig",
                                    },
                                ],
                                [
                                    {"de": "Geschäftsführer", "en": "Managing Director"},
                                    {"de": "Dr. Jens Katzek", "en": "Dr. Jens Katzek"},
                                ],
                                [{"de": "Sitz", "en": "Seat"}, {"de": "Leipzig", "en": "Leipzig"}],
                            ],
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "title": {
                                "de": "Mitglied im ACOD werden",
                                "en": "Become a member of ACOD",
                            },
                            "text": {
                                "de": "Sie arbeiten in der Automobil- oder Zulieferindustrie Ostdeutschlands oder forschen für sie? Sprechen Sie uns an – wir zeigen Ihnen, wie Sie vom Netzwerk profitieren.",
                                "en": "Do you work in eastern Germany’s automotive or supplier industry, or carry out research for it? Get in touch and find out how you can benefit from the network.",
                            },
                            "button_label": {"de": "Kontakt aufnehmen", "en": "Get in touch"},
                            "link_page": "contact",
                        },
                    ),
                ],
            },
            {
                "key": "cooperation",
                "slug": {"de": "kooperation", "en": "cooperation"},
                "title": {"de": "Kooperation", "en": "Cooperation"},
                "intro": {
                    "de": "Seit dem 17. Juni 2019 arbeitet der ACOD offiziell mit dem Cluster IT Mitteldeutschland und dem Netzwerk Logistik Mitteldeutschland zusammen.",
                    "en": "Since 17 June 2019, ACOD has been officially cooperating with Cluster IT Mitteldeutschland and Netzwerk Logistik Mitteldeutschland.",
                },
                "show_in_menus": True,
                "body": [
                    (
                        "heading",
                        {
                            "text": {
                                "de": "Zukunft der Mobilität breiter denken",
                                "en": "Taking a broader view of future mobility",
                            },
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "de": (
                                "<p>Fahrzeugbau, Informationstechnik und Logistik wachsen immer "
                                "enger zusammen. Weil die Arbeitswelt zunehmend digital wird, "
                                "hängen Produktion, Organisation und die Verteilung von Gütern "
                                "heute viel stärker voneinander ab als früher. Für die "
                                "Automobilindustrie bedeutet das: Wer die Mobilität von morgen "
                                "gestalten will, braucht starke Partner aus IT und Logistik.</p>"
                            ),
                            "en": (
                                "<p>Vehicle manufacturing, information technology and logistics "
                                "are growing ever closer together. As work becomes increasingly "
                                "digital, production, organisation and the distribution of goods "
                                "depend on one another far more than they used to. For the "
                                "automotive industry, this means that anyone who wants to shape "
                                "tomorrow’s mobility needs strong partners in IT and "
                                "logistics.</p>"
                            ),
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "de": (
                                "<p>Deshalb hat der ACOD am <strong>17. Juni 2019</strong> gemeinsam "
                                "mit dem <strong>Cluster IT Mitteldeutschland e.V.</strong> und dem "
                                "<strong>Netzwerk Logistik Mitteldeutschland e.V.</strong> ein "
                                "Kooperationsabkommen unterzeichnet. Die drei Verbände wollen ihr "
                                "Wissen breit teilen, einander unterstützen und so Unternehmen und "
                                "Forschungseinrichtungen einen spürbaren Mehrwert bieten.</p>"
                            ),
                            "en": (
                                "<p>That is why, on <strong>17 June 2019</strong>, ACOD signed a "
                                "cooperation agreement with <strong>Cluster IT Mitteldeutschland "
                                "e.V.</strong> and <strong>Netzwerk Logistik Mitteldeutschland "
                                "e.V.</strong> The three associations intend to share their "
                                "knowledge widely, support one another and thereby deliver real "
                                "benefits to companies and research institutions.</p>"
                            ),
                        },
                    ),
                    (
                        "heading",
                        {
                            "text": {"de": "Was wir vereinbart haben", "en": "What we have agreed"},
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "de": (
                                "<ul>"
                                "<li>regelmäßiger fachlicher Austausch zwischen den drei Branchen</li>"
                                "<li>gemeinsame Entwicklungsprojekte</li>"
                                "<li>gemeinsame Veranstaltungen und Messeauftritte</li>"
                                "<li>ein fortlaufender Dialog darüber, wie sich neue Entwicklungen "
                                "aus Automobil, IT und Logistik verbinden lassen</li>"
                                "<li>neue, branchenübergreifende Veranstaltungsformate</li>"
                                "<li>Projekte mit großer Reichweite zu den Schwerpunktthemen der "
                                "drei Branchen</li>"
                                "<li>Qualifizierung von Fachkräften in Erstausbildung und "
                                "Weiterbildung mit Blick auf Industrie 4.0 sowie gemeinsames "
                                "Werben um Auszubildende</li>"
                                "</ul>"
                            ),
                            "en": (
                                "<ul>"
                                "<li>regular expert exchange between the three industries</li>"
                                "<li>joint development projects</li>"
                                "<li>joint events and trade fair appearances</li>"
                                "<li>an ongoing dialogue on how new developments in automotive, IT "
                                "and logistics can be brought together</li>"
                                "<li>new cross-industry event formats</li>"
                                "<li>far-reaching projects on the key topics of the three "
                                "industries</li>"
                                "<li>cooperation on the initial and further training of skilled "
                                "workers with a view to Industry 4.0, and on promoting "
                                "apprenticeships</li>"
                                "</ul>"
                            ),
                        },
                    ),
                    (
                        "heading",
                        {
                            "text": {"de": "Erste gemeinsame Formate", "en": "First joint formats"},
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "de": (
                                "<p>Schon vor der Unterzeichnung haben die Partner neue Formate "
                                "ausprobiert. Der ACOD lud am 19. März 2019 zusammen mit dem "
                                "Cluster IT zur Veranstaltung „Cybercrime“ nach Halle (Saale) ein. "
                                "Den Auftakt hatten im Februar der Cluster IT und das Netzwerk "
                                "Logistik mit „IT trifft Logistik“ in Leipzig gemacht.</p>"
                            ),
                            "en": (
                                "<p>The partners were already trying out new formats before the "
                                "agreement was signed. On 19 March 2019, ACOD and Cluster IT "
                                "jointly hosted the “Cybercrime” event in Halle (Saale). Cluster IT "
                                "and Netzwerk Logistik had set the ball rolling in February with "
                                "“IT trifft Logistik” (“IT meets Logistics”) in Leipzig.</p>"
                            ),
                        },
                    ),
                    _events_table(),
                    (
                        "quote",
                        {
                            "quote": {
                                "de": (
                                    "Niemand zweifelt mehr daran, dass die Elektromobilität neben "
                                    "neuen und leistungsfähigen Verbrennermotoren eine wichtige "
                                    "Rolle in der Mobilität der Zukunft spielen wird. Unsere feste "
                                    "Überzeugung ist, dass man den Anforderungen an die Mobilität "
                                    "der Zukunft viel besser begegnen kann, wenn die Kompetenzen in "
                                    "einer Region eng zusammen- und nicht gegeneinander arbeiten."
                                ),
                                "en": (
                                    "Nobody doubts any more that electric mobility, alongside new "
                                    "and high-performance combustion engines, will play an "
                                    "important role in the mobility of the future. It is our firm "
                                    "conviction that the demands of future mobility can be met "
                                    "much better if the expertise in a region works closely "
                                    "together rather than against itself."
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
                        "heading",
                        {"text": {"de": "Unsere Partner", "en": "Our partners"}, "level": "h3"},
                    ),
                    (
                        "paragraph",
                        {
                            "de": (
                                "<p>Der <strong>Cluster IT Mitteldeutschland e.V.</strong> vertritt "
                                "seit 2009 die IT-Wirtschaft in Sachsen, Sachsen-Anhalt und "
                                "Thüringen. Das <strong>Netzwerk Logistik Mitteldeutschland "
                                "e.V.</strong> verbindet seit 2008 Logistikunternehmen, Kommunen, "
                                "Kammern sowie Forschungs- und Bildungseinrichtungen in Sachsen und "
                                "Sachsen-Anhalt.</p>"
                            ),
                            "en": (
                                "<p><strong>Cluster IT Mitteldeutschland e.V.</strong> has "
                                "represented the IT industry in Saxony, Saxony-Anhalt and "
                                "Thuringia since 2009. <strong>Netzwerk Logistik Mitteldeutschland "
                                "e.V.</strong> has linked logistics companies, local authorities, "
                                "chambers of commerce and research and education institutions in "
                                "Saxony and Saxony-Anhalt since 2008.</p>"
                            ),
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "title": {
                                "de": "Ein Projekt an der Schnittstelle?",
                                "en": "A project that spans sectors?",
                            },
                            "text": {
                                "de": "Sie haben ein Thema, bei dem Automobil, IT und Logistik zusammenkommen? Erzählen Sie uns davon.",
                                "en": "Are you working on a topic where automotive, IT and logistics meet? Tell us about it.",
                            },
                            "button_label": {"de": "Zum Kontakt", "en": "Contact us"},
                            "link_page": "contact",
                        },
                    ),
                ],
            },
            {
                "key": "contact",
                "slug": {"de": "kontakt", "en": "contact"},
                "title": {"de": "Kontakt", "en": "Contact"},
                "intro": {
                    "de": "Die Geschäftsstelle des ACOD freut sich auf Ihre Nachricht.",
                    "en": "The ACOD office looks forward to hearing from you.",
                },
                "show_in_menus": True,
                "body": [
                    (
                        "paragraph",
                        {
                            "de": (
                                "<p>Sie möchten Mitglied im ACOD werden, suchen Partner in der "
                                "ostdeutschen Automobil- und Zulieferindustrie oder haben eine "
                                "Idee für ein gemeinsames Projekt? Schreiben Sie uns oder rufen "
                                "Sie uns an – wir melden uns zeitnah bei Ihnen.</p>"
                            ),
                            "en": (
                                "<p>Would you like to join ACOD, are you looking for partners in "
                                "eastern Germany’s automotive and supplier industry, or do you have "
                                "an idea for a joint project? Drop us a line or give us a call – we "
                                "will get back to you promptly.</p>"
                            ),
                        },
                    ),
                    ("contact_details", {}),
                    (
                        "paragraph",
                        {
                            "de": "<p><em>Hinweis: Die Kontaktdaten dieser Demo-Website sind frei erfunden.</em></p>",
                            "en": "<p><em>Please note: the contact details on this demo website are fictional.</em></p>",
                        },
                    ),
                ],
            },
            _imprint_page(
                "der ACOD Automotive Cluster Ostdeutschland e.V.",
                "ACOD Automotive Cluster Ostdeutschland e.V.",
            ),
            _privacy_page(
                "der ACOD Automotive Cluster Ostdeutschland e.V.",
                "ACOD Automotive Cluster Ostdeutschland e.V.",
            ),
        ],
    },
    # ------------------------------------------------------------------------------------------
    # Cluster IT Mitteldeutschland e.V.
    # ------------------------------------------------------------------------------------------
    {
        "key": "clusterit",
        "full_name": "Cluster IT Mitteldeutschland e.V.",
        "short_name": "Cluster IT",
        "founded": 2009,
        "tagline": {
            "de": "Die IT-Wirtschaft Mitteldeutschlands – vernetzt und sichtbar",
            "en": "Central Germany’s IT industry – connected and visible",
        },
        "footer_text": {
            "de": (
                "Der Cluster IT Mitteldeutschland e.V. bündelt seit 2009 die Kräfte der "
                "IT-Wirtschaft in Sachsen, Sachsen-Anhalt und Thüringen und macht die Branche "
                "sichtbar."
            ),
            "en": (
                "Since 2009, Cluster IT Mitteldeutschland e.V. has pooled the strengths of the IT "
                "industry in Saxony, Saxony-Anhalt and Thuringia and raised the sector’s profile."
            ),
        },
        "street": "Beispielstraße 5",
        "postal_code": "04103",
        "city": "Leipzig",
        "email": "info@cluster-it.example",
        "phone": "+49 341 000001-0",
        "social_links": [
            ("LinkedIn", "https://www.linkedin.com/company/example-cluster-it"),
            ("Mastodon", "https://mastodon.example/@clusterit"),
        ],
        "legal": {
            "register_court": "Amtsgericht Leipzig",
            "register_number": "VR 0001 (Demo)",
            "board": "Jens Heinrich (Vorsitzender / Chairman)",
            "vat_id": "DE000000000 (Demo)",
            "responsible_person": "Gerd Neudert, Beispielstraße 5, 04103 Leipzig",
        },
        "home": {
            "title": {"de": "Start", "en": "Home"},
            "hero_heading": {
                "de": "Wir machen IT aus Mitteldeutschland sichtbar",
                "en": "Putting Central Germany’s IT on the map",
            },
            "intro": {
                "de": (
                    "<p>Der Cluster IT Mitteldeutschland vereint seit 2009 die IT-Branche aus "
                    "Sachsen, Sachsen-Anhalt und Thüringen. Wir stimmen die Aktivitäten der "
                    "Unternehmen aufeinander ab und zeigen, was die Region digital zu bieten hat. "
                    "Rund 60 Mitglieder gestalten das Netzwerk (Stand 2019).</p>"
                ),
                "en": (
                    "<p>Since 2009, Cluster IT Mitteldeutschland has brought together the IT "
                    "sector of Saxony, Saxony-Anhalt and Thuringia. We coordinate what companies "
                    "in the industry are doing and show what the region has to offer digitally. "
                    "Around 60 members shape the network (as of 2019).</p>"
                ),
            },
        },
        "pages": [
            {
                "key": "about",
                "slug": {"de": "ueber-uns", "en": "about-us"},
                "title": {"de": "Über uns", "en": "About us"},
                "intro": {
                    "de": "Seit 2009 gibt der Cluster IT Mitteldeutschland der IT-Wirtschaft in Sachsen, Sachsen-Anhalt und Thüringen eine gemeinsame Stimme.",
                    "en": "Since 2009, Cluster IT Mitteldeutschland has given the IT industry in Saxony, Saxony-Anhalt and Thuringia a common voice.",
                },
                "show_in_menus": True,
                "body": [
                    (
                        "heading",
                        {
                            "text": {
                                "de": "Ein Netzwerk über Ländergrenzen hinweg",
                                "en": "A network across state borders",
                            },
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "de": (
                                "<p>Im <strong>Cluster IT Mitteldeutschland e.V.</strong> hat sich "
                                "die IT-Wirtschaft aus drei Bundesländern zusammengeschlossen: "
                                "Sachsen, Sachsen-Anhalt und Thüringen. Der Verein wurde 2009 "
                                "gegründet und zählte 2019 rund 60 Mitglieder.</p>"
                            ),
                            "en": (
                                "<p><strong>Cluster IT Mitteldeutschland e.V.</strong> brings "
                                "together the IT industry from three federal states: Saxony, "
                                "Saxony-Anhalt and Thuringia. The association was founded in 2009 "
                                "and had around 60 members in 2019.</p>"
                            ),
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "de": (
                                "<p>Wir verstehen Mitteldeutschland als einen gemeinsamen "
                                "IT-Standort. Statt an Landesgrenzen haltzumachen, bringen wir "
                                "Unternehmen und Partner der Branche dort zusammen, wo sich ihre "
                                "Interessen treffen.</p>"
                            ),
                            "en": (
                                "<p>We see Central Germany as a single IT location. Rather than "
                                "stopping at state borders, we bring companies and partners in the "
                                "industry together wherever their interests meet.</p>"
                            ),
                        },
                    ),
                    (
                        "heading",
                        {
                            "text": {
                                "de": "Was wir erreichen wollen",
                                "en": "What we set out to do",
                            },
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "de": (
                                "<p>Unsere Aufgabe hat zwei Seiten:</p>"
                                "<ul>"
                                "<li><strong>Koordinieren:</strong> Wir stimmen die Aktivitäten der "
                                "IT-Branche in der Region aufeinander ab, damit aus vielen "
                                "Einzelinitiativen ein gemeinsames Vorgehen wird.</li>"
                                "<li><strong>Sichtbar machen:</strong> Wir zeigen nach außen, wie "
                                "viel IT-Kompetenz in Mitteldeutschland steckt.</li>"
                                "</ul>"
                            ),
                            "en": (
                                "<p>Our task has two sides:</p>"
                                "<ul>"
                                "<li><strong>Coordinating:</strong> we align the activities of the "
                                "region’s IT industry so that many individual initiatives become a "
                                "joint effort.</li>"
                                "<li><strong>Raising visibility:</strong> we show the outside world "
                                "how much IT expertise Central Germany has to offer.</li>"
                                "</ul>"
                            ),
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "de": (
                                "<p>Immer wichtiger wird dabei der Blick über den eigenen Tellerrand: "
                                "Digitale Lösungen entfalten ihre Wirkung dort, wo IT auf "
                                "Produktion, Mobilität und Logistik trifft. Seit 2019 kooperiert der "
                                "Cluster IT deshalb eng mit dem ACOD Automotive Cluster "
                                "Ostdeutschland und dem Netzwerk Logistik Mitteldeutschland. An der "
                                "Spitze des Vorstands stand 2019 Jens Heinrich, Geschäftsführer war "
                                "Gerd Neudert.</p>"
                            ),
                            "en": (
                                "<p>Looking beyond our own sector is becoming ever more important: "
                                "digital solutions make their mark where IT meets production, "
                                "mobility and logistics. That is why, since 2019, Cluster IT has "
                                "been cooperating closely with ACOD Automotive Cluster "
                                "Ostdeutschland and Netzwerk Logistik Mitteldeutschland. In 2019, "
                                "the Board was chaired by Jens Heinrich, and Gerd Neudert was "
                                "Managing Director.</p>"
                            ),
                        },
                    ),
                    (
                        "table",
                        {
                            "caption": {
                                "de": "Der Cluster IT auf einen Blick",
                                "en": "Cluster IT at a glance",
                            },
                            "header": [
                                {"de": "Merkmal", "en": "Fact"},
                                {"de": "Angabe", "en": "Details"},
                            ],
                            "rows": [
                                [
                                    {"de": "Gegründet", "en": "Founded"},
                                    {"de": "2009", "en": "2009"},
                                ],
                                [
                                    {"de": "Region", "en": "Region"},
                                    {
                                        "de": "Sachsen, Sachsen-Anhalt und Thüringen",
                                        "en": "Saxony, Saxony-Anhalt and Thuringia",
                                    },
                                ],
                                [
                                    {"de": "Mitglieder", "en": "Members"},
                                    {"de": "rund 60 (Stand 2019)", "en": "around 60 (as of 2019)"},
                                ],
                                [
                                    {"de": "Vorsitzender (2019)", "en": "Chairman (2019)"},
                                    {"de": "Jens Heinrich", "en": "Jens Heinrich"},
                                ],
                                [
                                    {"de": "Geschäftsführer", "en": "Managing Director"},
                                    {"de": "Gerd Neudert", "en": "Gerd Neudert"},
                                ],
                                [{"de": "Sitz", "en": "Seat"}, {"de": "Leipzig", "en": "Leipzig"}],
                            ],
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "title": {
                                "de": "Werden Sie Teil des Clusters",
                                "en": "Become part of the cluster",
                            },
                            "text": {
                                "de": "Ihr Unternehmen ist in der IT-Branche Mitteldeutschlands zu Hause? Dann sollten wir uns kennenlernen – wir freuen uns auf Ihre Anfrage.",
                                "en": "Is your company part of Central Germany’s IT industry? Then we should get to know each other – we look forward to hearing from you.",
                            },
                            "button_label": {"de": "Kontakt aufnehmen", "en": "Get in touch"},
                            "link_page": "contact",
                        },
                    ),
                ],
            },
            {
                "key": "cooperation",
                "slug": {"de": "kooperation", "en": "cooperation"},
                "title": {"de": "Kooperation", "en": "Cooperation"},
                "intro": {
                    "de": "IT als Bindeglied: Seit dem 17. Juni 2019 kooperiert der Cluster IT offiziell mit dem ACOD und dem Netzwerk Logistik Mitteldeutschland.",
                    "en": "IT as the connecting link: since 17 June 2019, Cluster IT has been officially cooperating with ACOD and Netzwerk Logistik Mitteldeutschland.",
                },
                "show_in_menus": True,
                "body": [
                    (
                        "heading",
                        {
                            "text": {
                                "de": "Digitalisierung verbindet Branchen",
                                "en": "Digitalisation connects industries",
                            },
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "de": (
                                "<p>Ob in der Fertigung, in der Organisation oder beim Transport "
                                "von Waren: Digitale Arbeitsweisen sorgen dafür, dass Prozesse "
                                "immer enger ineinandergreifen. Die IT-Branche treibt diese "
                                "Entwicklung gemeinsam mit der Automobil- und der Logistikwirtschaft "
                                "maßgeblich voran – und sie ist das Bindeglied zwischen beiden.</p>"
                            ),
                            "en": (
                                "<p>Whether in manufacturing, in organisation or in the movement of "
                                "goods, digital ways of working are making processes mesh ever more "
                                "tightly. The IT industry is a key driver of this development, "
                                "alongside the automotive and logistics sectors – and it is the "
                                "link between the two.</p>"
                            ),
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "de": (
                                "<p>Am <strong>17. Juni 2019</strong> haben der Cluster IT "
                                "Mitteldeutschland, der <strong>ACOD Automotive Cluster "
                                "Ostdeutschland e.V.</strong> und das <strong>Netzwerk Logistik "
                                "Mitteldeutschland e.V.</strong> ihre Zusammenarbeit daher offiziell "
                                "besiegelt. Unter dem Leitgedanken „Zukunft der Mobilität breiter "
                                "denken“ wollen die drei Wirtschaftsverbände Wissen austauschen, "
                                "sich gegenseitig unterstützen und so für Unternehmen und "
                                "Forschungseinrichtungen einen echten Nutzen schaffen.</p>"
                            ),
                            "en": (
                                "<p>On <strong>17 June 2019</strong>, Cluster IT Mitteldeutschland, "
                                "<strong>ACOD Automotive Cluster Ostdeutschland e.V.</strong> and "
                                "<strong>Netzwerk Logistik Mitteldeutschland e.V.</strong> therefore "
                                "made their cooperation official. Under the guiding idea of "
                                "“taking a broader view of future mobility”, the three business "
                                "associations aim to share knowledge, support one another and "
                                "create genuine benefits for companies and research "
                                "institutions.</p>"
                            ),
                        },
                    ),
                    (
                        "heading",
                        {"text": {"de": "Die Schwerpunkte", "en": "The main areas"}, "level": "h2"},
                    ),
                    (
                        "paragraph",
                        {
                            "de": (
                                "<p>Die Kooperation setzt auf regelmäßigen fachlichen Austausch "
                                "und umfasst insbesondere:</p>"
                                "<ul>"
                                "<li>gemeinsame Entwicklungsprojekte</li>"
                                "<li>gemeinsame Veranstaltungen und Messeauftritte</li>"
                                "<li>einen kontinuierlichen Dialog darüber, wie neue Entwicklungen "
                                "aus IT, Automobil und Logistik zusammenfinden können</li>"
                                "<li>neue Veranstaltungsformate über Branchengrenzen hinweg</li>"
                                "<li>weit ausstrahlende Projekte zu Kernthemen der drei Branchen</li>"
                                "<li>Aus- und Weiterbildung von Fachkräften mit Blick auf "
                                "Industrie 4.0 sowie gemeinsames Ausbildungsmarketing</li>"
                                "</ul>"
                            ),
                            "en": (
                                "<p>The cooperation is built on regular expert exchange and "
                                "covers, in particular:</p>"
                                "<ul>"
                                "<li>joint development projects</li>"
                                "<li>joint events and trade fair appearances</li>"
                                "<li>an ongoing dialogue on how new developments in IT, automotive "
                                "and logistics can come together</li>"
                                "<li>new event formats that cross industry boundaries</li>"
                                "<li>high-profile projects on core topics of the three "
                                "industries</li>"
                                "<li>initial and further training of skilled workers with a view "
                                "to Industry 4.0, as well as joint promotion of "
                                "apprenticeships</li>"
                                "</ul>"
                            ),
                        },
                    ),
                    (
                        "heading",
                        {
                            "text": {
                                "de": "Bei beiden Premieren dabei",
                                "en": "Part of both first events",
                            },
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "de": (
                                "<p>Der Cluster IT war an beiden ersten branchenübergreifenden "
                                "Formaten beteiligt: Am 13. Februar 2019 lud er gemeinsam mit dem "
                                "Netzwerk Logistik Mitteldeutschland zu „IT trifft Logistik“ nach "
                                "Leipzig ein. Am 19. März 2019 folgte zusammen mit dem ACOD die "
                                "Veranstaltung „Cybercrime“ in Halle (Saale).</p>"
                            ),
                            "en": (
                                "<p>Cluster IT was involved in both of the first cross-industry "
                                "formats. On 13 February 2019, together with Netzwerk Logistik "
                                "Mitteldeutschland, it invited participants to “IT trifft "
                                "Logistik” (“IT meets Logistics”) in Leipzig. This was followed on "
                                "19 March 2019 by the “Cybercrime” event in Halle (Saale), "
                                "organised jointly with ACOD.</p>"
                            ),
                        },
                    ),
                    _events_table(),
                    (
                        "quote",
                        {
                            "quote": {
                                "de": (
                                    "Das enge Ineinandergreifen von Wertschöpfungsprozessen über "
                                    "die Grenzen einzelner Branchen hinweg macht eine gute "
                                    "Abstimmung essentiell. Dafür liefert der Schulterschluss unter "
                                    "unseren drei Wirtschaftsverbänden eine hervorragende Basis. "
                                    "[…] Auf diese Weise können unternehmens- und "
                                    "branchenübergreifende Projekte erwachsen, die nur durch "
                                    "gemeinschaftliches Agieren möglich sind. Das birgt wiederum "
                                    "ein erhebliches Potenzial zur Stärkung des "
                                    "Wirtschaftsstandortes Mitteldeutschland."
                                ),
                                "en": (
                                    "Because value-creation processes now mesh so closely across "
                                    "the boundaries of individual industries, good coordination is "
                                    "essential. The alliance between our three business "
                                    "associations provides an excellent basis for this. […] In this "
                                    "way, projects spanning companies and industries can emerge "
                                    "that are only possible by acting together. This in turn holds "
                                    "considerable potential for strengthening Central Germany as a "
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
                        "heading",
                        {"text": {"de": "Unsere Partner", "en": "Our partners"}, "level": "h3"},
                    ),
                    (
                        "paragraph",
                        {
                            "de": (
                                "<p>Der <strong>ACOD Automotive Cluster Ostdeutschland e.V.</strong> "
                                "unterstützt seit 2006 die Automobil- und Zulieferindustrie in den "
                                "ostdeutschen Ländern. Das <strong>Netzwerk Logistik "
                                "Mitteldeutschland e.V.</strong> vereint seit 2008 "
                                "Logistikdienstleister, Kommunen, Kammern und Hochschulen in Sachsen "
                                "und Sachsen-Anhalt.</p>"
                            ),
                            "en": (
                                "<p><strong>ACOD Automotive Cluster Ostdeutschland e.V.</strong> "
                                "has supported the automotive and supplier industry in the eastern "
                                "German states since 2006. <strong>Netzwerk Logistik "
                                "Mitteldeutschland e.V.</strong> has united logistics service "
                                "providers, local authorities, chambers of commerce and "
                                "universities in Saxony and Saxony-Anhalt since 2008.</p>"
                            ),
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "title": {
                                "de": "IT-Lösungen für Mobilität und Logistik?",
                                "en": "IT solutions for mobility and logistics?",
                            },
                            "text": {
                                "de": "Sie entwickeln Software oder Dienste für Fahrzeugbau oder Logistik? Sprechen Sie uns an – über die Kooperation finden Sie Kontakte in beiden Branchen.",
                                "en": "Do you develop software or services for vehicle manufacturing or logistics? Talk to us – the cooperation opens up contacts in both industries.",
                            },
                            "button_label": {"de": "Zum Kontakt", "en": "Contact us"},
                            "link_page": "contact",
                        },
                    ),
                ],
            },
            {
                "key": "contact",
                "slug": {"de": "kontakt", "en": "contact"},
                "title": {"de": "Kontakt", "en": "Contact"},
                "intro": {
                    "de": "Fragen zum Cluster IT oder zur Mitgliedschaft? Wir sind für Sie da.",
                    "en": "Questions about Cluster IT or membership? We are here to help.",
                },
                "show_in_menus": True,
                "body": [
                    (
                        "paragraph",
                        {
                            "de": (
                                "<p>Ob Softwarehaus, Systemhaus oder IT-Dienstleister: Wenn Ihr "
                                "Unternehmen in Sachsen, Sachsen-Anhalt oder Thüringen zu Hause ist "
                                "und sich mit anderen aus der Branche vernetzen möchte, sind Sie "
                                "bei uns richtig. Melden Sie sich – gern erzählen wir Ihnen, wie "
                                "eine Mitgliedschaft funktioniert.</p>"
                            ),
                            "en": (
                                "<p>Software company, systems integrator or IT service provider – if "
                                "your business is based in Saxony, Saxony-Anhalt or Thuringia and "
                                "you want to connect with others in the industry, you have come to "
                                "the right place. Get in touch and we will gladly explain how "
                                "membership works.</p>"
                            ),
                        },
                    ),
                    ("contact_details", {}),
                    (
                        "paragraph",
                        {
                            "de": "<p><em>Hinweis: Die Kontaktdaten dieser Demo-Website sind frei erfunden.</em></p>",
                            "en": "<p><em>Please note: the contact details on this demo website are fictional.</em></p>",
                        },
                    ),
                ],
            },
            _imprint_page(
                "der Cluster IT Mitteldeutschland e.V.", "Cluster IT Mitteldeutschland e.V."
            ),
            _privacy_page(
                "der Cluster IT Mitteldeutschland e.V.", "Cluster IT Mitteldeutschland e.V."
            ),
        ],
    },
    # ------------------------------------------------------------------------------------------
    # Netzwerk Logistik Mitteldeutschland e.V.
    # ------------------------------------------------------------------------------------------
    {
        "key": "logistik",
        "full_name": "Netzwerk Logistik Mitteldeutschland e.V.",
        "short_name": "Netzwerk Logistik",
        "founded": 2008,
        "tagline": {
            "de": "Das Netzwerk für die Logistikregion Mitteldeutschland",
            "en": "The network for Central Germany’s logistics region",
        },
        "footer_text": {
            "de": (
                "Das Netzwerk Logistik Mitteldeutschland e.V. (gegründet 2008 als Netzwerk Logistik "
                "Leipzig-Halle e.V.) verbindet Logistikwirtschaft, Kommunen, Kammern und "
                "Wissenschaft in Sachsen und Sachsen-Anhalt."
            ),
            "en": (
                "Netzwerk Logistik Mitteldeutschland e.V. (founded in 2008 as Netzwerk Logistik "
                "Leipzig-Halle e.V.) connects the logistics industry, local authorities, chambers "
                "of commerce and academia in Saxony and Saxony-Anhalt."
            ),
        },
        "street": "Musterallee 8",
        "postal_code": "04129",
        "city": "Leipzig",
        "email": "info@netzwerk-logistik.example",
        "phone": "+49 341 000002-0",
        "social_links": [
            ("LinkedIn", "https://www.linkedin.com/company/example-netzwerk-logistik"),
        ],
        "legal": {
            "register_court": "Amtsgericht Leipzig",
            "register_number": "VR 0002 (Demo)",
            "board": "Dierk Näther (stellv. Vorsitzender / Deputy Chairman)",
            "vat_id": "DE000000000 (Demo)",
            "responsible_person": "Dierk Näther, Musterallee 8, 04129 Leipzig",
        },
        "home": {
            "title": {"de": "Start", "en": "Home"},
            "hero_heading": {
                "de": "Mitteldeutschland: Drehscheibe für Europas Warenströme",
                "en": "Central Germany: a hub for Europe’s flows of goods",
            },
            "intro": {
                "de": (
                    "<p>Vom Logistikdienstleister über Kammern und Kommunen bis zur Hochschule: "
                    "Das Netzwerk Logistik Mitteldeutschland bringt seit 2008 alle zusammen, die "
                    "die Logistik in Sachsen und Sachsen-Anhalt voranbringen. Gemeinsam machen wir "
                    "die Region als Europa-Gateway mit schnellen Verbindungen nach Osteuropa und "
                    "Ostasien bekannt.</p>"
                ),
                "en": (
                    "<p>From logistics service providers to chambers of commerce, local "
                    "authorities and universities: since 2008, Netzwerk Logistik Mitteldeutschland "
                    "has brought together everyone who is moving logistics forward in Saxony and "
                    "Saxony-Anhalt. Together, we promote the region as a European gateway with "
                    "fast connections to Eastern Europe and East Asia.</p>"
                ),
            },
        },
        "pages": [
            {
                "key": "about",
                "slug": {"de": "ueber-uns", "en": "about-us"},
                "title": {"de": "Über uns", "en": "About us"},
                "intro": {
                    "de": "Das Netzwerk Logistik Mitteldeutschland bündelt die Kräfte der Logistikregion in Sachsen und Sachsen-Anhalt.",
                    "en": "Netzwerk Logistik Mitteldeutschland pools the strengths of the logistics region spanning Saxony and Saxony-Anhalt.",
                },
                "show_in_menus": True,
                "body": [
                    (
                        "heading",
                        {
                            "text": {
                                "de": "Von Leipzig-Halle nach Mitteldeutschland",
                                "en": "From Leipzig-Halle to Central Germany",
                            },
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "de": (
                                "<p>Gegründet wurde der Verein 2008 als <strong>Netzwerk Logistik "
                                "Leipzig-Halle e.V.</strong> Weil sein Wirkungskreis inzwischen weit "
                                "über die beiden Städte hinausreicht, heißt er seit 2018 "
                                "<strong>Netzwerk Logistik Mitteldeutschland e.V.</strong> Schon seit "
                                "2016 ist das Netzwerk zudem mit Regionalbüros in Dresden und "
                                "Chemnitz vor Ort.</p>"
                            ),
                            "en": (
                                "<p>The association was founded in 2008 as <strong>Netzwerk Logistik "
                                "Leipzig-Halle e.V.</strong> As its reach now extends well beyond "
                                "those two cities, it has been called <strong>Netzwerk Logistik "
                                "Mitteldeutschland e.V.</strong> since 2018. The network has also "
                                "had regional offices in Dresden and Chemnitz since 2016.</p>"
                            ),
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "de": (
                                "<p>In der Arbeitsgemeinschaft Logistikinitiativen Deutschland "
                                "spricht das Netzwerk für die Länder Sachsen und Sachsen-Anhalt. "
                                "Stellvertretender Vorsitzender des Vorstands war 2019 Dierk "
                                "Näther.</p>"
                            ),
                            "en": (
                                "<p>Within the Arbeitsgemeinschaft Logistikinitiativen Deutschland, "
                                "the national working group of logistics initiatives, the network "
                                "represents the states of Saxony and Saxony-Anhalt. In 2019, Dierk "
                                "Näther was Deputy Chairman of the Board.</p>"
                            ),
                        },
                    ),
                    (
                        "heading",
                        {
                            "text": {"de": "Wer bei uns mitmacht", "en": "Who is involved"},
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "de": (
                                "<p>Unsere Mitglieder decken die ganze Bandbreite der Logistik ab:</p>"
                                "<ul>"
                                "<li>„klassische“ Logistikdienstleister</li>"
                                "<li>Unternehmen mit logistiknahen Dienstleistungen</li>"
                                "<li>Firmen aus der Personal- und der Immobilienwirtschaft</li>"
                                "<li>die Städte Leipzig und Halle (Saale)</li>"
                                "<li>die Industrie- und Handelskammern der Region</li>"
                                "<li>Forschungs- und Bildungseinrichtungen, darunter acht "
                                "Hochschulen</li>"
                                "</ul>"
                            ),
                            "en": (
                                "<p>Our members cover the full spectrum of logistics:</p>"
                                "<ul>"
                                "<li>“traditional” logistics service providers</li>"
                                "<li>companies offering logistics-related services</li>"
                                "<li>firms from the recruitment and real estate sectors</li>"
                                "<li>the cities of Leipzig and Halle (Saale)</li>"
                                "<li>the region’s chambers of industry and commerce (IHK)</li>"
                                "<li>research and education institutions, including eight "
                                "universities</li>"
                                "</ul>"
                            ),
                        },
                    ),
                    (
                        "heading",
                        {"text": {"de": "Unsere Aufgaben", "en": "What we do"}, "level": "h2"},
                    ),
                    (
                        "paragraph",
                        {
                            "de": (
                                "<p>Innovation, Personal und Geschäftsentwicklung sind die "
                                "Kernthemen unserer Arbeit. Darüber hinaus positionieren wir "
                                "Mitteldeutschland als etabliertes Europa-Gateway und zentralen "
                                "Standort für die Distribution – mit schnellen Verbindungen vor "
                                "allem zu den Märkten Osteuropas und Ostasiens. Eine zentrale "
                                "Rolle spielt dabei unsere Zusammenarbeit mit dem Hamburger Hafen "
                                "und mit Sassnitz-Mukran, der Logistikregion an der Ostseeküste "
                                "Mecklenburg-Vorpommerns.</p>"
                            ),
                            "en": (
                                "<p>Innovation, people and business development are the core themes "
                                "of our work. Beyond that, we position Central Germany as an "
                                "established European gateway and a central distribution hub, "
                                "with fast connections to markets in Eastern Europe and East Asia "
                                "in particular. Our cooperation with the Port of Hamburg and with "
                                "Sassnitz-Mukran, the logistics region on the Baltic coast of "
                                "Mecklenburg-Western Pomerania, plays a central part in this.</p>"
                            ),
                        },
                    ),
                    (
                        "table",
                        {
                            "caption": {
                                "de": "Das Netzwerk Logistik auf einen Blick",
                                "en": "Netzwerk Logistik at a glance",
                            },
                            "header": [
                                {"de": "Merkmal", "en": "Fact"},
                                {"de": "Angabe", "en": "Details"},
                            ],
                            "rows": [
                                [
                                    {"de": "Gegründet", "en": "Founded"},
                                    {
                                        "de": "2008 (als Netzwerk Logistik Leipzig-Halle e.V.)",
                                        "en": "2008 (as Netzwerk Logistik Leipzig-Halle e.V.)",
                                    },
                                ],
                                [
                                    {"de": "Heutiger Name seit", "en": "Current name since"},
                                    {"de": "2018", "en": "2018"},
                                ],
                                [
                                    {"de": "Region", "en": "Region"},
                                    {
                                        "de": "Sachsen und Sachsen-Anhalt",
                                        "en": "Saxony and Saxony-Anhalt",
                                    },
                                ],
                                [
                                    {"de": "Mitglieder", "en": "Members"},
                                    {
                                        "de": "Logistikunternehmen, Dienstleister, Kommunen, IHKs, Forschung und Bildung (u. a. acht Hochschulen)",
                                        "en": "Logistics companies, service providers, local authorities, chambers of commerce, research and education (incl. eight universities)",
                                    },
                                ],
                                [
                                    {"de": "Regionalbüros", "en": "Regional offices"},
                                    {
                                        "de": "Dresden und Chemnitz (seit 2016)",
                                        "en": "Dresden and Chemnitz (since 2016)",
                                    },
                                ],
                                [
                                    {
                                        "de": "Stellv. Vorsitzender (2019)",
                                        "en": "Deputy Chairman (2019)",
                                    },
                                    {"de": "Dierk Näther", "en": "Dierk Näther"},
                                ],
                                [{"de": "Sitz", "en": "Seat"}, {"de": "Leipzig", "en": "Leipzig"}],
                            ],
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "title": {
                                "de": "Mitglied im Netzwerk werden",
                                "en": "Join the network",
                            },
                            "text": {
                                "de": "Ob Spedition, Dienstleister, Kommune oder Hochschule: Wer die Logistikregion Mitteldeutschland mitgestalten will, ist bei uns willkommen.",
                                "en": "Freight forwarder, service provider, local authority or university: anyone who wants to help shape Central Germany’s logistics region is welcome.",
                            },
                            "button_label": {"de": "Kontakt aufnehmen", "en": "Get in touch"},
                            "link_page": "contact",
                        },
                    ),
                ],
            },
            {
                "key": "cooperation",
                "slug": {"de": "kooperation", "en": "cooperation"},
                "title": {"de": "Kooperation", "en": "Cooperation"},
                "intro": {
                    "de": "Logistik verbindet: Seit dem 17. Juni 2019 kooperiert das Netzwerk Logistik Mitteldeutschland offiziell mit dem ACOD und dem Cluster IT Mitteldeutschland.",
                    "en": "Logistics connects: since 17 June 2019, Netzwerk Logistik Mitteldeutschland has been officially cooperating with ACOD and Cluster IT Mitteldeutschland.",
                },
                "show_in_menus": True,
                "body": [
                    (
                        "heading",
                        {
                            "text": {
                                "de": "Drei Branchen, viele Schnittmengen",
                                "en": "Three industries, plenty of common ground",
                            },
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "de": (
                                "<p>Ohne Logistik keine Produktion und keine Mobilität – und ohne IT "
                                "keine moderne Logistik. Durch die Digitalisierung sind Fertigung, "
                                "Organisation und Warenverteilung so eng miteinander verflochten wie "
                                "nie zuvor. Wer hier vorankommen will, muss über die eigene Branche "
                                "hinausdenken.</p>"
                            ),
                            "en": (
                                "<p>Without logistics there is no production and no mobility – and "
                                "without IT there is no modern logistics. Digitalisation has "
                                "interwoven manufacturing, organisation and the distribution of "
                                "goods more closely than ever before. Anyone who wants to make "
                                "progress here has to think beyond their own industry.</p>"
                            ),
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "de": (
                                "<p>Am <strong>17. Juni 2019</strong> hat das Netzwerk Logistik "
                                "Mitteldeutschland deshalb gemeinsam mit dem <strong>ACOD "
                                "Automotive Cluster Ostdeutschland e.V.</strong> und dem "
                                "<strong>Cluster IT Mitteldeutschland e.V.</strong> ein "
                                "Kooperationsabkommen unterzeichnet. Alle drei Verbände verbindet "
                                "das Ziel, durch Wissenstransfer, gegenseitige Unterstützung und "
                                "enge Vernetzung einen spürbaren Nutzen für ihre Unternehmen und "
                                "Forschungseinrichtungen zu schaffen.</p>"
                            ),
                            "en": (
                                "<p>That is why, on <strong>17 June 2019</strong>, Netzwerk Logistik "
                                "Mitteldeutschland signed a cooperation agreement with <strong>ACOD "
                                "Automotive Cluster Ostdeutschland e.V.</strong> and <strong>Cluster "
                                "IT Mitteldeutschland e.V.</strong> All three associations share the "
                                "goal of delivering tangible benefits to their companies and "
                                "research institutions through knowledge transfer, mutual support "
                                "and close networking.</p>"
                            ),
                        },
                    ),
                    (
                        "heading",
                        {
                            "text": {
                                "de": "Inhalte der Vereinbarung",
                                "en": "What the agreement covers",
                            },
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "de": (
                                "<ul>"
                                "<li>regelmäßiger Austausch der Fachleute aus Logistik, Automobil "
                                "und IT</li>"
                                "<li>gemeinsame Entwicklungsprojekte</li>"
                                "<li>gemeinsame Veranstaltungen und Messeauftritte</li>"
                                "<li>laufende Gespräche darüber, wie sich neue Entwicklungen der "
                                "drei Bereiche zusammenführen lassen</li>"
                                "<li>neue Veranstaltungsformate, die Branchen zusammenbringen</li>"
                                "<li>Projekte mit breiter Wirkung zu Schwerpunktthemen der drei "
                                "Branchen</li>"
                                "<li>Aus- und Weiterbildung von Fachkräften für Industrie 4.0 und "
                                "gemeinsames Ausbildungsmarketing</li>"
                                "</ul>"
                            ),
                            "en": (
                                "<ul>"
                                "<li>regular exchange between experts from logistics, automotive "
                                "and IT</li>"
                                "<li>joint development projects</li>"
                                "<li>joint events and trade fair appearances</li>"
                                "<li>ongoing discussions on how new developments in the three "
                                "fields can be combined</li>"
                                "<li>new event formats that bring industries together</li>"
                                "<li>wide-reaching projects on key topics of the three "
                                "industries</li>"
                                "<li>initial and further training of skilled workers for "
                                "Industry 4.0, and joint promotion of apprenticeships</li>"
                                "</ul>"
                            ),
                        },
                    ),
                    (
                        "heading",
                        {
                            "text": {"de": "Auftakt in Leipzig", "en": "Kick-off in Leipzig"},
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "de": (
                                "<p>Den Anfang machte das Netzwerk Logistik zusammen mit dem "
                                "Cluster IT: Am 13. Februar 2019 brachte die Veranstaltung „IT "
                                "trifft Logistik“ in Leipzig beide Branchen an einen Tisch. Im März "
                                "folgte in Halle (Saale) die Veranstaltung „Cybercrime“ von Cluster "
                                "IT und ACOD.</p>"
                            ),
                            "en": (
                                "<p>Netzwerk Logistik and Cluster IT got things started: on 13 "
                                "February 2019, the “IT trifft Logistik” (“IT meets Logistics”) "
                                "event in Leipzig brought the two industries together. It was "
                                "followed in March by the “Cybercrime” event in Halle (Saale), "
                                "hosted by Cluster IT and ACOD.</p>"
                            ),
                        },
                    ),
                    _events_table(),
                    (
                        "quote",
                        {
                            "quote": {
                                "de": (
                                    "Die Bereiche Mobilität, IT und Logistik haben enorme "
                                    "Schnittmengen, aus denen sich zahlreiche Möglichkeiten der "
                                    "Zusammenarbeit ergeben. Im Zuge der Kooperation lassen sich "
                                    "diese Potenziale etwa in Form von gemeinsamen Veranstaltungen "
                                    "oder der Entwicklung von Formaten zum übergreifenden Austausch "
                                    "künftig noch besser ausschöpfen. Dadurch profitieren dann die "
                                    "jeweiligen Mitglieder genauso wie der Wirtschaftsstandort "
                                    "Mitteldeutschland, weshalb wir in der Bündelung der Kräfte "
                                    "eine Win-Win-Situation sehen."
                                ),
                                "en": (
                                    "Mobility, IT and logistics overlap enormously, and this opens "
                                    "up numerous opportunities for working together. Through the "
                                    "cooperation, we will be able to make even better use of this "
                                    "potential in future – for example through joint events or by "
                                    "developing formats for exchange across sectors. The members of "
                                    "each association will benefit, and so will Central Germany as "
                                    "a business location, which is why we see joining forces as a "
                                    "win-win situation."
                                ),
                            },
                            "attribution": "Dierk Näther",
                            "role": {
                                "de": "Stellvertretender Vorsitzender des Vorstands, Netzwerk Logistik Mitteldeutschland e.V.",
                                "en": "Deputy Chairman of the Board, Netzwerk Logistik Mitteldeutschland e.V.",
                            },
                        },
                    ),
                    (
                        "heading",
                        {"text": {"de": "Unsere Partner", "en": "Our partners"}, "level": "h3"},
                    ),
                    (
                        "paragraph",
                        {
                            "de": (
                                "<p>Der <strong>ACOD Automotive Cluster Ostdeutschland e.V.</strong> "
                                "vernetzt seit 2006 Hersteller, Zulieferer und Forschung der "
                                "Automobilbranche in Ostdeutschland. Der <strong>Cluster IT "
                                "Mitteldeutschland e.V.</strong> koordiniert seit 2009 die "
                                "IT-Wirtschaft in Sachsen, Sachsen-Anhalt und Thüringen.</p>"
                            ),
                            "en": (
                                "<p><strong>ACOD Automotive Cluster Ostdeutschland e.V.</strong> has "
                                "connected manufacturers, suppliers and researchers in eastern "
                                "Germany’s automotive sector since 2006. <strong>Cluster IT "
                                "Mitteldeutschland e.V.</strong> has coordinated the IT industry in "
                                "Saxony, Saxony-Anhalt and Thuringia since 2009.</p>"
                            ),
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "title": {"de": "Mitreden und mitgestalten", "en": "Have your say"},
                            "text": {
                                "de": "Sie möchten bei künftigen branchenübergreifenden Formaten dabei sein oder eigene Themen einbringen? Schreiben Sie uns.",
                                "en": "Would you like to take part in future cross-industry formats or contribute topics of your own? Write to us.",
                            },
                            "button_label": {"de": "Zum Kontakt", "en": "Contact us"},
                            "link_page": "contact",
                        },
                    ),
                ],
            },
            {
                "key": "contact",
                "slug": {"de": "kontakt", "en": "contact"},
                "title": {"de": "Kontakt", "en": "Contact"},
                "intro": {
                    "de": "Sprechen Sie mit uns über Logistik in Mitteldeutschland.",
                    "en": "Talk to us about logistics in Central Germany.",
                },
                "show_in_menus": True,
                "body": [
                    (
                        "paragraph",
                        {
                            "de": (
                                "<p>Ihr Unternehmen ist in der Logistik oder in einem angrenzenden "
                                "Bereich tätig, Sie suchen Partner in der Region oder möchten "
                                "Mitglied werden? Melden Sie sich bei unserer Geschäftsstelle – wir "
                                "freuen uns darauf, Sie kennenzulernen.</p>"
                            ),
                            "en": (
                                "<p>Does your company work in logistics or a related field, are you "
                                "looking for partners in the region, or would you like to become a "
                                "member? Get in touch with our office – we look forward to meeting "
                                "you.</p>"
                            ),
                        },
                    ),
                    ("contact_details", {}),
                    (
                        "paragraph",
                        {
                            "de": "<p><em>Hinweis: Die Kontaktdaten dieser Demo-Website sind frei erfunden.</em></p>",
                            "en": "<p><em>Please note: the contact details on this demo website are fictional.</em></p>",
                        },
                    ),
                ],
            },
            _imprint_page(
                "das Netzwerk Logistik Mitteldeutschland e.V.",
                "Netzwerk Logistik Mitteldeutschland e.V.",
            ),
            _privacy_page(
                "das Netzwerk Logistik Mitteldeutschland e.V.",
                "Netzwerk Logistik Mitteldeutschland e.V.",
            ),
        ],
    },
]
