# Uli – deutsche Texte. Platzhalter wie { $name } nicht übersetzen.
# Kurze, einfache Sätze: viele Leser:innen sind jung oder lernen gerade Deutsch.

## Begrüßung und Sprache
welcome = Hallo! 👋 Ich bin { $persona }, der digitale Helfer von { $organisation }. Ich beantworte deine Fragen sofort – auch nachts. Ich bin ein Computerprogramm, kein Mensch. Wenn du mit einem Menschen sprechen willst, sag es einfach.
privacy-short = 🔒 Datenschutz kurz: Du musst keinen Namen nennen. Wir speichern deine Nachrichten, damit das Team dir helfen kann – nicht deine Telefonnummer, nicht dein Profilbild. Du kannst jederzeit verlangen, dass wir alles löschen. Mehr: /privacy
choose-language = In welcher Sprache soll ich schreiben?
language-set = Gut, ich schreibe dir ab jetzt auf Deutsch.
language-kept = Ich schreibe dir auf Deutsch. Du kannst die Sprache jederzeit mit /language ändern.
choose-service = Welches Angebot interessiert dich? Tippe darauf:
service-intro = Du bist bei: { $name }. { $summary }
    Was möchtest du wissen?
menu-prompt = Was möchtest du wissen? Tippe auf eine Taste.

## Tasten
button-hours = 🕒 Öffnungszeiten
button-where = 📍 Wo?
button-who = 👥 Für wen?
button-languages = 🗣 Sprachen
button-faq = ❓ Häufige Fragen
button-person = 🙋 Mit einem Menschen sprechen
button-change-language = 🌐 Sprache
button-change-service = 🔄 Anderes Angebot
button-menu = ⬅️ Menü

## Befehle (Telegram-Menü)
command-start = Neu anfangen
command-help = Was kann Uli?
command-hours = Öffnungszeiten
command-language = Sprache ändern
command-menu = Menü zeigen
command-privacy = Datenschutz

## Öffnungszeiten
hours-title = 🕒 Öffnungszeiten: { $name }
hours-window = { $start }–{ $end } · { $place } ({ $kind ->
        [appointment] nur mit Termin
       *[drop_in] offene Sprechstunde, ohne Termin
    })
hours-open-now = ✅ Jetzt geöffnet: { $line }
hours-next = ⏳ Gerade geschlossen. Nächstes Mal: { $day }, { $line }
hours-none-known = Gerade sind keine Zeiten eingetragen. Bitte melde dich per Telefon oder Mail.
hours-closed-today = Heute geschlossen: { $reason }
day-today = heute, { $day }
day-tomorrow = morgen, { $day }
hours-week-title = Die nächsten 7 Tage:
hours-appointment-hint = Einen Termin bekommst du per Telefon oder Mail – tippe auf „🙋 Mit einem Menschen sprechen“.
hours-closed = geschlossen
hours-holiday = Feiertag ({ $name })
hours-closed-because = geschlossen ({ $reason })
programme-ended = ⚠️ Das Angebot { $name } ist am { $since } zu Ende gegangen. Es gibt es nicht mehr.
programme-not-started = Das Angebot { $name } beginnt am { $starts }.
programme-alternatives = Diese Angebote gibt es jetzt – vielleicht passt eins für dich:
programme-no-alternatives = Leider kenne ich gerade kein anderes Angebot, das passt. Im Notfall: 112. Nummer gegen Kummer: 116 111 (kostenlos).

## Ort
where-title = 📍 Hier findest du { $name }:

## Für wen
who-title = 👥 Für wen ist { $name }?
who-age = Alter: { $min } bis { $max } Jahre
who-residence = Aufenthalt: { $list }
who-areas = Wohnort: { $list }
who-offers = Angebote: { $list }
residence-any = egal
residence-duldung = Duldung
residence-gestattung = Gestattung
residence-residence_permit = Aufenthaltserlaubnis
residence-eu_citizen = EU-Bürger:innen
offer-clearing = Kurzberatung (Clearing)
offer-case_management = Begleitung über längere Zeit (Case Management)
offer-street_work = Straßensozialarbeit
offer-open_consultation = offene Sprechstunde
offer-appointments = Beratung mit Termin
offer-coaching = Coaching
offer-interpreters = Dolmetscher:innen
promise-free = kostenlos
promise-voluntary = freiwillig
promise-anonymous = ohne Namen möglich

## Sprachen
languages-counselling = 🗣 Beratung bei { $name } auf: { $list }.
languages-interpreters = Für andere Sprachen gibt es Dolmetscher:innen.
languages-bring-someone = Du darfst jemanden zum Übersetzen mitbringen.
languages-uli = Hier im Chat schreibe ich Deutsch, Englisch, Russisch, Arabisch, Türkisch, Ukrainisch und Persisch.

## Mensch erreichen
person-title = 🙋 So erreichst du das Team von { $name }:
person-phone = 📞 Telefon: { $phone }
person-sms = 💬 SMS/Messenger: { $number }
person-email = ✉️ Mail: { $email }
person-drop-in-now = 🚪 Jetzt ohne Termin vorbeikommen: { $line }
person-drop-in-next = 🚪 Ohne Termin vorbeikommen: { $day }, { $line }
person-appointment-only = 📅 Beratung nur mit Termin – ruf an oder schreib eine Mail.
crisis-short = 🆘 Im Notfall: 112. Reden hilft: Nummer gegen Kummer 116 111, TelefonSeelsorge 0800 111 0 111 – kostenlos, anonym.

## Häufige Fragen
faq-title = ❓ Häufige Fragen – tippe auf eine Frage:

## Hilfe und Datenschutz
help = Ich bin { $persona }. Ich sage dir, wann und wo das Angebot offen ist, für wen es ist und in welchen Sprachen beraten wird. Tippe einfach auf die Tasten.
    Befehle: /hours Öffnungszeiten · /language Sprache · /menu Menü · /privacy Datenschutz
privacy-full = 🔒 Datenschutz
    Verantwortlich: { $organisation }.
    Wir speichern: deine Nachrichten hier im Chat, deine Sprache und das Angebot, das du gewählt hast. Dein Name, dein Benutzername, dein Profilbild und deine Telefonnummer werden nicht gespeichert. Das Team sieht nur einen Spitznamen.
    Wofür: damit wir deine Fragen beantworten und dir helfen können. Ohne dein Einverständnis geben wir nichts weiter – nicht an Behörden und nicht an Eltern. Nur wenn das Leben oder die Sicherheit eines Menschen ernsthaft in Gefahr ist, muss das Team handeln.
    Du kannst jederzeit fragen, was gespeichert ist, und alles löschen lassen. Kontakt: { $contact }

## Was ich nicht verstehe
unknown-command = Diesen Befehl kenne ich nicht. Probier /help oder tippe auf eine Taste.
stale-button = Diese Taste gilt nicht mehr. Hier ist das aktuelle Menü:
media-sticker = 😊 Danke! Ich kann nur Text und Tasten lesen.
media-file = 📎 Bilder, Videos und Dateien kann ich hier nicht öffnen. Bitte schick hier keine Dokumente mit persönlichen Daten – bring sie lieber zum Termin mit.
media-voice = 🎤 Sprachnachrichten kann ich leider nicht anhören. Schreib mir ein paar Wörter oder tippe auf eine Taste.
media-location = 📍 Danke, deinen Standort brauche ich nicht. Unter „📍 Wo?“ siehst du, wo wir sind.
media-contact-card = Danke! Kontakte speichere ich nicht.
media-edited = ✏️ Du hast eine Nachricht geändert. Ich lese nur neue Nachrichten – schick sie mir bitte noch einmal.
media-other = Das kann ich leider nicht lesen. Schreib mir oder tippe auf eine Taste.
not-understood = Das verstehe ich leider noch nicht. 🙈 Tippe auf eine Taste – oder auf „🙋 Mit einem Menschen sprechen“, dann zeige ich dir, wie du das Team erreichst.
error-sorry = Entschuldigung, da ist bei mir etwas schiefgelaufen. Versuch es bitte gleich noch einmal. Im Notfall: 112 · Nummer gegen Kummer 116 111.
