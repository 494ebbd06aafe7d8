# Uli – deutsche Texte. Platzhalter wie { $name } nicht übersetzen.
# Kurze, einfache Sätze: viele Leser:innen sind jung oder lernen gerade Deutsch.

## Begrüßung und Sprache
welcome = Hallo! 👋 Ich bin { $persona }, der digitale Helfer von { $organisation }.
    Ich beantworte deine Fragen sofort – auch nachts.
    Ich bin ein Computerprogramm, kein Mensch. Wenn du mit einem Menschen sprechen willst, sag es einfach.
privacy-short = 🔒 Datenschutz kurz: Du musst keinen Namen nennen.
    Wir speichern deine Nachrichten, damit das Team dir helfen kann – nicht deine Telefonnummer, nicht dein Profilbild.
    Du kannst jederzeit verlangen, dass wir alles löschen. Mehr: /privacy
privacy-short-kept = 🗓 Gespräche werden { $days } Tage nach der letzten Nachricht gelöscht.
choose-language = In welcher Sprache soll ich schreiben?
language-set = Gut, ich schreibe dir ab jetzt auf Deutsch.
language-kept = Ich schreibe dir auf Deutsch. Du kannst die Sprache jederzeit mit /language ändern.
choose-service = Welches Angebot interessiert dich? Tippe darauf:
service-intro = Du bist bei: { $name }. { $summary }
service-ask = Was möchtest du wissen?
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
hours-appointment-book = 📅 Einen Termin buchst du direkt hier: tippe auf „{ $button }“ oder schreib /book.
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
person-appointment-only = { $book ->
        [yes] 📅 Beratung nur mit Termin – buch ihn hier im Chat mit /book, ruf an oder schreib eine Mail.
       *[no] 📅 Beratung nur mit Termin – ruf an oder schreib eine Mail.
    }
crisis-short = 🆘 Im Notfall: 112. Reden hilft: Nummer gegen Kummer 116 111, TelefonSeelsorge 0800 111 0 111 – kostenlos, anonym.

## Häufige Fragen
faq-title = ❓ Häufige Fragen – tippe auf eine Frage:

## Hilfe und Datenschutz
help = Ich bin { $persona }. Ich sage dir, wann und wo das Angebot offen ist, für wen es ist und in welchen Sprachen beraten wird. Schreib einfach deine Frage oder tippe auf die Tasten.
help-commands = Das kannst du mir auch schreiben:
privacy-full = 🔒 Datenschutz
    Verantwortlich: { $organisation }.
    Wir speichern: deine Nachrichten hier im Chat, deine Sprache und das Angebot, das du gewählt hast. Dein Name, dein Benutzername, dein Profilbild und deine Telefonnummer werden nicht gespeichert – einen Namen nur, wenn du ihn uns selbst mit /name nennst. Das Team sieht nur einen Spitznamen.
    Wofür: damit wir deine Fragen beantworten und dir helfen können. Ohne dein Einverständnis geben wir nichts weiter – nicht an Behörden und nicht an Eltern. Auch wenn du noch nicht 18 bist, kannst du mit uns reden, ohne dass deine Eltern davon erfahren. Nur wenn das Leben oder die Sicherheit eines Menschen ernsthaft in Gefahr ist, muss das Team handeln.
    Du kannst jederzeit fragen, was gespeichert ist, und alles löschen lassen. Kontakt: { $contact }
privacy-retention = 🗓 Wie lange: Ein Gespräch wird { $days } Tage nach der letzten Nachricht gelöscht – nach { $days_unanswered } Tagen, wenn niemand aus dem Team dabei war.
privacy-link = 📄 Der ganze Text: { $url }

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
not-understood = Das verstehe ich leider noch nicht. 🙈 Tippe auf eine Taste – oder auf „🙋 Mit einem Menschen sprechen“, dann antwortet dir jemand aus dem Team hier.
error-sorry = Entschuldigung, da ist bei mir etwas schiefgelaufen. Versuch es bitte gleich noch einmal. Im Notfall: 112 · Nummer gegen Kummer 116 111.

## Getippte Fragen
not-sure = Ich bin mir nicht ganz sicher, was du meinst. 🤔 Ist es eins davon? Oder jemand aus dem Team antwortet dir.
service-first = Das kann ich dir sagen – sag mir zuerst, welches Angebot du meinst:
answer-greeting = Hallo! 👋 Was möchtest du wissen? Schreib einfach deine Frage oder tippe auf eine Taste.
answer-thanks = Gern! 😊 Schreib jederzeit, wenn du noch eine Frage hast.
answer-hours-day = 🕒 { $name } – { $day }:
answer-hours-day-closed = An dem Tag ist geschlossen.
answer-hours-open-again = ⏳ Danach wieder offen: { $day }, { $line }
answer-cost-free = 💶 { $name } ist für dich kostenlos.
answer-cost-ask = 💶 Ob hier etwas kostet, sagt dir das Team – tippe auf „🙋 Mit einem Menschen sprechen“.
answer-voluntary = 🤝 Zu { $name } kommst du freiwillig. Du entscheidest, worüber du sprichst, und kannst jederzeit aufhören.
answer-voluntary-ask = 🤝 Ob die Teilnahme freiwillig ist, sagt dir das Team – tippe auf „🙋 Mit einem Menschen sprechen“.
answer-confidential-anonymous = 🤐 Du musst deinen Namen nicht sagen. Das Team behält für sich, was du erzählst, und gibt ohne dein Einverständnis nichts weiter – nicht an Ämter und nicht an Eltern. Nur wenn Leben oder Sicherheit von jemandem ernsthaft in Gefahr sind, muss es handeln.
answer-confidential = 🤐 Das Team behält für sich, was du erzählst, und gibt ohne dein Einverständnis nichts weiter – nicht an Ämter und nicht an Eltern. Nur wenn Leben oder Sicherheit von jemandem ernsthaft in Gefahr sind, muss es handeln.
answer-services = 🧰 Das macht { $name } für dich:
answer-appointment = 📅 Für einen Termin, zum Verschieben oder Absagen melde dich beim Team:
topic-cost = 💶 Kostet das etwas?
topic-confidentiality = 🤐 Bleibt das unter uns?
topic-voluntary = 🤝 Ist das freiwillig?
topic-services = 🧰 Was macht ihr?
topic-appointment = 📅 Termin
topic-cancel = ❌ Termin absagen
language-switched = Ich schreibe dir jetzt auf Deutsch. Ändern: /language
foreign-language = Deine Sprache kann ich leider noch nicht schreiben. Ich antworte auf Deutsch und Englisch. Das Team kann eine Dolmetscherin oder einen Dolmetscher organisieren: tippe auf „🙋 Mit einem Menschen sprechen“.

## Krise
crisis-opening = 💙 Danke, dass du mir das schreibst. Das klingt wirklich schwer – damit musst du nicht allein bleiben.
crisis-opening-unsure = 💙 Vielleicht verstehe ich dich falsch – aber falls es dir gerade nicht gut geht oder du in Gefahr bist: Damit musst du nicht allein bleiben.
crisis-danger = 🆘 Wenn du gerade in Gefahr bist: ruf 112 (Notruf) oder 110 (Polizei) an. Kostenlos, Tag und Nacht.
crisis-talk = 📞 Du kannst jetzt mit jemandem sprechen, kostenlos und anonym:
    • Nummer gegen Kummer (für junge Menschen): 116 111
    • TelefonSeelsorge, Tag und Nacht: 0800 111 0 111 oder 0800 111 0 222
crisis-violence = 📞 Hilfetelefon Gewalt gegen Frauen, Tag und Nacht, in vielen Sprachen: 116 016
crisis-shelter = 🛏 Heute Nacht keinen Schlafplatz? Wenn du unter 18 bist, muss dich das Jugendamt aufnehmen – die Polizei (110) verbindet dich jederzeit. Wenn du 18 oder älter bist, sagt dir die Polizei, wo die nächste Notunterkunft ist.
crisis-team-now = 🙋 Ich habe deine Nachricht als dringend an das Team gegeben. Jemand antwortet dir hier so schnell wie möglich.
crisis-team-later = 🙋 Ich habe deine Nachricht als dringend an das Team gegeben. Es liest sie { $when }. Bis dahin ruf bitte eine der Nummern oben an – dort ist jemand für dich da.
crisis-team-soon = 🙋 Ich habe deine Nachricht als dringend an das Team gegeben. Es antwortet dir hier, so schnell es kann. Bis dahin ruf bitte eine der Nummern oben an.

## Übergabe an das Team
when-from = { $day }, ab { $time }
handover-now = 🙋 Ich habe dein Gespräch an das Team gegeben. Jemand antwortet dir hier bald. Schreib einfach weiter – das Team sieht alles.
handover-later = 🙋 Ich habe dein Gespräch an das Team gegeben. Gerade ist niemand im Dienst; das Team liest deine Nachrichten { $when }. Schreib einfach weiter – das Team sieht alles.
handover-unknown-hours = 🙋 Ich habe dein Gespräch an das Team gegeben. Es antwortet dir hier, so schnell es kann.
handover-already = Du wartest schon auf das Team. Schreib einfach hier – das Team sieht alles.
handover-direct = Du kannst das Team auch direkt erreichen:
handover-ack = 📨 Angekommen. Das Team liest deine Nachricht.
handover-ack-soon = 📨 Angekommen. Gerade ist jemand vom Team im Dienst und antwortet dir hier bald.
handover-ack-later = 📨 Angekommen. Gerade ist niemand im Dienst; das Team liest deine Nachricht { $when }.
handover-still-with-team = 💬 Dein Gespräch bleibt beim Team – es liest auch diese Frage.
handover-end-button = ✖️ Gespräch mit dem Team beenden
handover-ended = Okay, du schreibst jetzt wieder mit mir, dem digitalen Helfer. Tippe auf „🙋 Mit einem Menschen sprechen“, wenn du das Team wieder willst.

## Deine Daten
command-mydata = Was über mich gespeichert ist
command-delete = Meine Daten löschen
privacy-rights = 📄 /mydata schickt dir alles, was über dich gespeichert ist · 🗑 /delete löscht es.
mydata-caption = 📄 Das ist alles, was Uli über dich speichert. Löschen: /delete
mydata-file-title = Was Uli über dich speichert ({ $date })
mydata-pseudonym = Dein Spitzname für das Team: { $pseudonym }
mydata-language = Sprache: { $language }
mydata-first-seen = Erste Nachricht: { $date }
mydata-conversation = Gespräch vom { $date }
mydata-you = Du
mydata-uli = Uli
mydata-team = Team
mydata-note = Notiz des Teams
delete-confirm = 🗑 Soll ich alles löschen, was über dich gespeichert ist – deine Nachrichten, deinen Spitznamen, deine Sprache? Das kann man nicht rückgängig machen. Das Team sieht nur, dass ein Gespräch auf deinen Wunsch gelöscht wurde.
delete-yes = 🗑 Ja, alles löschen
delete-no = Nein, behalten
delete-done = ✅ Erledigt: Alles ist gelöscht. Wenn du wieder schreibst, fangen wir neu an. Mach's gut! 👋
delete-kept = Okay, es wurde nichts gelöscht.
command-name = Dem Team einen Namen sagen
name-how = Du musst keinen Namen sagen. Wenn das Team dich mit Namen ansprechen soll, schreib mir einfach deinen Namen, z. B. „Sam“.
name-saved = ✅ Danke, { $name }! Das Team sieht jetzt diesen Namen. Löschen: /name
name-forgotten = Okay, der Name ist gelöscht. Das Team sieht wieder nur deinen Spitznamen.
name-forget-button = 🗑 Meinen Namen löschen
mydata-name = Dein Name für das Team: { $name }

## Appointments
button-book = 📅 Termin
command-book = Termin buchen
command-appointments = Meine Termine
booking-choose-place = 📍 Wo möchtest du deinen Termin haben?
booking-choose-day = 📅 Wann passt es dir? Freie Termine bei { $place }:
booking-no-days = 📅 Im Moment sind leider keine Termine frei.
booking-drop-in = 🚶 Oder komm einfach ohne Termin vorbei: { $day }, { $line }
booking-choose-time = 🕒 Welche Uhrzeit passt dir – { $day }?
booking-other-day = 📅 Anderer Tag
booking-choose-topic = Worum geht es? Das hilft dem Team, sich vorzubereiten. Du kannst das auch überspringen.
booking-topic-work = 💼 Ausbildung/Arbeit
booking-topic-papers = 📄 Aufenthalt/Papiere
booking-topic-housing = 🏠 Wohnen
booking-topic-other = 💬 Sonstiges
booking-topic-skip = ⏭ Überspringen
booking-check = Passt das? { $day } um { $time } Uhr, { $place }
booking-check-move = Deinen Termin verschieben auf { $day } um { $time } Uhr, { $place }?
booking-yes = ✅ Ja, buchen
booking-yes-move = ✅ Ja, verschieben
booking-other-time = 🔁 Andere Zeit
booking-booked = ✅ Dein Termin ist gebucht!
booking-moved = ✅ Dein Termin ist verschoben!
booking-when = 📅 { $day } um { $time } Uhr
booking-where = 📍 { $place }, { $address }
booking-bring = 🎒 Mitbringen: { $list }
booking-change = Verschieben oder absagen kannst du mit den Tasten hier oder jederzeit mit /appointments.
booking-move = 🔁 Verschieben
booking-cancel = ❌ Absagen
booking-calendar = 📅 Kalenderdatei
booking-calendar-caption = 📅 Dein Termin als Kalenderdatei: öffne sie, um ihn in deinen Kalender zu übernehmen.
booking-gone = 😕 Dieser Termin ist leider nicht mehr frei. Hier sind andere:
booking-day-full = 😕 Für { $day } ist leider kein Termin mehr frei. Hier sind andere Tage:
booking-taken = 😕 Tut mir leid, jemand war schneller: Diese Zeit ist gerade vergeben worden. Hier sind andere freie Zeiten:
booking-list-title = 📅 Deine Termine:
booking-list-item = 📅 { $day } um { $time } Uhr, { $place }
booking-list-empty = Du hast gerade keine Termine. Einen Termin buchen: /book
booking-cancel-ask = Möchtest du diesen Termin wirklich absagen: { $day } um { $time } Uhr?
booking-cancel-yes = ❌ Ja, absagen
booking-cancel-no = Nein, behalten
booking-cancelled = Okay, dein Termin ist abgesagt: { $day } um { $time } Uhr. Einen neuen buchen: /book
booking-kept = 👍 Gut, dein Termin bleibt.
booking-not-found = Diesen Termin finde ich nicht mehr – vielleicht ist er schon abgesagt oder vorbei. Deine Termine: /appointments
booking-ics-summary = Termin: { $name }
booking-by-team = ✅ Das Team hat einen Termin für dich gebucht!
booking-cancelled-by-team = 😕 Das Team musste deinen Termin leider absagen: { $day } um { $time } Uhr. Buch dir einen neuen oder schreib uns.
reminder-title = ⏰ Erinnerung: Dein Termin ist { $day } um { $time } Uhr.
reminder-change = Du kannst nicht? Verschieb oder sag ihn hier ab, dann bekommt jemand anderes die Zeit.
mydata-appointment = Termin: { $date }, { $place }
mydata-status-booked = gebucht
mydata-status-cancelled = abgesagt
mydata-status-attended = wahrgenommen
mydata-status-missed = nicht gekommen

## Console: the caseworkers' web console (console/) and its canned replies.
# The console's own words; `canned-…` are replies a caseworker can send (young people read them).
console-title = Beratungs-Konsole
console-inbox = Posteingang
console-admin-users = Konten
console-logout = Abmelden
console-ui-language = Sprache
console-login = Anmelden
console-email = E-Mail
console-password = Passwort
console-new-password = Neues Passwort (leer lassen: bleibt gleich)
console-login-wrong = E-Mail oder Passwort stimmt nicht.
console-login-throttled = Zu viele Fehlversuche. Bitte versuche es in { $number } Minuten wieder.
console-tab-waiting = Wartend
console-tab-mine = Meine
console-tab-open = Alle offenen
console-tab-closed = Geschlossen
console-inbox-empty = Hier ist gerade niemand.
console-inbox-more = Weitere Gespräche zeigen
console-no-contact-points = Du gehörst noch zu keiner Anlaufstelle. Eine Admin-Person kann dich zuordnen.
console-column-waiting = Wartet
console-column-person = Person
console-column-language = Sprache
console-column-contact-point = Anlaufstelle
console-column-last-message = Letzte Nachricht
console-column-who = Wer übernimmt
console-urgent = Dringend
console-urgent-long = Dringend: Uli hat Hinweise auf eine Krise erkannt. Bitte zuerst antworten.
console-unreachable-short = nicht erreichbar
console-unreachable = Diese Person hat Uli blockiert: Nachrichten kommen nicht an, bis sie wieder schreibt.
console-suggested = Vorschlag: { $name }
console-nobody-speaks = Niemand im Team spricht { $name }
console-language-unknown = unbekannt
console-language-of-person = Sprache der Person
console-status-bot = bei Uli
console-status-waiting = wartet
console-status-assigned = in Bearbeitung
console-status-closed = geschlossen
console-assigned-to = bei { $name }
console-waiting-since = wartet seit { $since }
console-minutes = { $number } Min.
console-hours = { $number } Std.
console-days = { $number } Tg.
console-claim = Übernehmen
console-release = Zurückgeben
console-assign = Zuweisen
console-close = Schließen
console-reopen = Wieder öffnen
console-reply-to = Antwort – die Person liest { $name }
console-canned = Textbaustein
console-send = Senden
console-note-add = Interne Notiz
console-note-hint = Notizen sieht nur das Team; sie werden nie an die Person geschickt.
console-note-save = Notiz speichern
console-notes = Notizen
console-notes-none = Noch keine Notizen.
console-delivery-pending = ⏳ wird zugestellt
console-delivery-sent = ✓ zugestellt
console-delivery-unreachable = ✗ nicht zugestellt: blockiert
console-delivery-rejected = ✗ von Telegram abgelehnt
console-open-media = Öffnen
console-older-messages = Ältere Nachrichten
console-kind-text = Text
console-kind-command = Befehl
console-kind-button = Knopf gedrückt
console-kind-sticker = Sticker
console-kind-photo = Foto
console-kind-voice = Sprachnachricht
console-kind-video = Video
console-kind-document = Dokument
console-kind-location = Standort
console-kind-contact_card = Kontakt
console-kind-edited = bearbeitete Nachricht
console-kind-other = andere Nachricht
console-former-colleague = ehemaliges Teammitglied
console-canned-hello = Begrüßung
console-canned-more = Nachfragen
console-canned-appointment = Termin anbieten
console-canned-documents = Unterlagen mitbringen
console-canned-later = Später ausführlich
console-canned-goodbye = Abschluss
console-error-empty = Der Text ist leer.
console-error-too-long = Der Text ist zu lang.
console-error-closed = Das Gespräch ist geschlossen. Öffne es zuerst wieder.
console-error-not-member = Diese Person arbeitet nicht bei dieser Anlaufstelle.
console-error-not-closed = Das Gespräch ist nicht geschlossen.
console-error-newer-open = Die Person schreibt schon in einem neueren Gespräch. Antworte dort.
console-error-email = Das ist keine gültige E-Mail-Adresse.
console-error-email-taken = Für diese E-Mail-Adresse gibt es schon ein Konto.
console-error-password = Das Passwort muss mindestens 10 Zeichen haben.
console-error-password-spaces = Das Passwort besteht nur aus Leerzeichen. Bitte wähle ein anderes.
console-error-password-repeated = Das Passwort ist immer dasselbe Zeichen. Bitte wähle ein anderes.
console-error-password-sequence = Das Passwort ist eine Reihe wie 12345678 oder abcdefgh. Bitte wähle ein anderes.
console-error-password-digits = Das Passwort besteht nur aus Ziffern. Bitte nimm auch Buchstaben oder Zeichen.
console-error-password-email = Das Passwort ist die E-Mail-Adresse. Bitte wähle ein anderes.
console-error-nul = Die Eingabe enthält ein unsichtbares Steuerzeichen (NUL), das nicht gespeichert werden kann. Bitte tippe sie neu ein.
console-error-name = Der Name muss 1 bis 80 Zeichen haben.
console-error-languages = Sprachen bitte als Kürzel mit Komma angeben, z. B. de,ar,fa.
console-error-contact-points = Unbekannte Anlaufstelle.
console-error-role = Unbekannte Rolle.
console-error-self = Du kannst dir selbst nicht die Admin-Rolle nehmen oder dein Konto abschalten.
console-error-no-account = Dieses Konto gibt es nicht.
console-error-admin-only = Nur Admins verwalten Konten.
console-error-csrf = Die Seite war zu lange offen. Bitte lade sie neu und versuche es noch einmal.
console-page-forbidden = Kein Zugriff
console-page-forbidden-text = Diese Seite ist nur für Admins.
console-page-not-found = Nicht gefunden
console-page-not-found-text = Dieses Gespräch oder diese Seite gibt es nicht – oder sie gehört zu einer anderen Anlaufstelle.
console-page-failed = Das hat nicht geklappt
console-name = Name
console-role = Rolle
console-role-caseworker = Fachkraft
console-role-admin = Admin
console-languages = Sprachen
console-contact-points = Anlaufstellen
console-active = aktiv
console-admin-new-user = Neues Konto
console-save = Speichern
canned-hello = Hallo, hier ist { $name } vom Team. Ich habe deine Nachricht gelesen und antworte dir gleich ausführlich.
canned-more = Magst du mir ein bisschen mehr erzählen, worum es geht? Du kannst auch eine Sprachnachricht schicken.
canned-appointment = Wollen wir einen Termin machen? Schreib mir, an welchen Tagen und zu welcher Uhrzeit du Zeit hast.
canned-documents = Bring zum Termin bitte mit, was du an Papieren hast (z. B. Ausweis, Aufenthaltspapier, Briefe vom Amt). Wenn etwas fehlt, ist das kein Problem – komm trotzdem.
canned-later = Ich kann gerade nicht ausführlich antworten. Ich melde mich spätestens am nächsten Werktag bei dir.
canned-goodbye = Danke für deine Nachricht! Wenn du noch etwas brauchst, schreib einfach wieder. Alles Gute!
console-admin-access-log = Zugriffsprotokoll
console-log-hint = Wer in der Konsole was gelesen oder getan hat, das Neueste zuerst. Einträge kann niemand ändern oder löschen. Zeiten in UTC.
console-log-who = Wer
console-log-action = Aktion
console-log-conversation = Gespräch
console-log-since = Von (Datum)
console-log-until = Bis (Datum)
console-log-filter = Filtern
console-log-any = alle
console-log-when = Wann
console-log-detail = Detail
console-log-nobody = – (kein Konto)
console-log-newer = neuere
console-log-older = ältere
console-log-page = Seite { $number } von { $max }
console-log-empty = Keine Einträge.
console-action-view_conversation = Gespräch gelesen
console-action-open_media = Medium geöffnet
console-action-export = Export
console-action-delete_request = Auf Wunsch der Person gelöscht
console-action-reply = Antwort gesendet
console-action-claim = Übernommen
console-action-assign = Zugewiesen
console-action-release = Zurückgegeben
console-action-close = Geschlossen
console-action-reopen = Wieder geöffnet
console-action-note = Notiz geschrieben
console-action-login = Anmeldung
console-action-login_failed = Fehlgeschlagene Anmeldung
console-action-logout = Abmeldung
console-action-user_created = Konto angelegt
console-action-user_changed = Konto geändert
console-action-view_appointments = Terminliste angesehen
console-action-appointment_book = Termin gebucht
console-action-appointment_cancel = Termin abgesagt
console-action-appointment_mark = Termin als wahrgenommen/verpasst markiert
console-given-name = vom jungen Menschen im Chat genannt
console-appt-nav = Termine
console-appt-title = Termine
console-appt-place = Ort
console-appt-show = Anzeigen
console-appt-day = Tag
console-appt-week = Woche
console-appt-previous-day = ← Vortag
console-appt-next-day = Nächster Tag →
console-appt-previous-week = ← Vorwoche
console-appt-next-week = Nächste Woche →
console-appt-today = Heute
console-appt-week-of = Woche vom { $start } bis { $end }
console-appt-no-places = Keine deiner Anlaufstellen bietet Termine an.
console-appt-none = Keine Termine.
console-appt-free-title = Frei
console-appt-free = { $time } – { $number } von { $max } frei
console-appt-free-none = Keine freien Zeiten.
console-appt-column-time = Zeit
console-appt-column-topic = Thema
console-appt-column-status = Stand
console-appt-column-actions = Aktionen
console-appt-status-booked = gebucht
console-appt-status-attended = gekommen
console-appt-status-missed = nicht gekommen
console-appt-status-cancelled = abgesagt
console-appt-booked-by = gebucht von { $name }
console-appt-open-conversation = Gespräch
console-appt-attended = Gekommen
console-appt-missed = Nicht gekommen
console-appt-cancel = Absagen …
console-appt-cancel-title = Termin absagen?
console-appt-cancel-text = Die Person bekommt sofort eine Nachricht in ihrer Sprache ({ $language }), dass der Termin abgesagt ist. Ihre Erinnerungen werden nicht verschickt.
console-appt-cancel-confirm = Ja, absagen und Bescheid geben
console-appt-cancel-back = Nein, zurück
console-appt-upcoming = Termine
console-appt-upcoming-none = Keine anstehenden Termine.
console-appt-book = Termin buchen
console-appt-slot = Freie Zeit
console-appt-slot-option = { $day } { $time } ({ $number } von { $max } frei)
console-appt-topic = Thema (freiwillig)
console-appt-book-submit = Buchen
console-appt-book-hint = Die Person bekommt eine Bestätigung in ihrer Sprache und vorher Erinnerungen.
console-appt-no-slots = In den nächsten 14 Tagen ist nichts frei.
console-appt-not-bookable = Für dieses Gespräch gibt es keinen Ort mit Terminen.
console-error-no-slot = Diese Zeit gibt es nicht (mehr). Bitte wähle eine aus der Liste.
console-error-slot-full = Diese Zeit ist inzwischen ausgebucht. Bitte wähle eine andere.
console-error-not-booked = Dieser Termin ist nicht (mehr) gebucht.
console-error-bad-status = Bitte als gekommen oder nicht gekommen markieren.
console-error-already-booked = Die Person hat zu dieser Zeit schon einen Termin.
console-error-past = Der Termin hat schon begonnen. Markiere ihn stattdessen als gekommen oder nicht gekommen.
console-error-not-yet = Ein Termin kann erst an seinem Tag markiert werden.
console-deleted-title = Auf Wunsch der Person gelöscht (letzte { $number } Tage)
console-deleted-notice = Gespräch #{ $number } · { $place } · gelöscht am { $day } um { $time } auf Wunsch der Person. Es ist nichts mehr davon gespeichert.
console-page-deleted = Gespräch gelöscht
console-page-deleted-text = Dieses Gespräch wurde am { $day } um { $time } auf Wunsch der Person gelöscht. Es ist nichts mehr davon gespeichert.
## End of console section

# Follow-ups after an appointment (flows/appointments/follow_ups.py)
follow-up-attended = Wie war dein Termin bei uns? Wenn du magst, kannst du gleich einen neuen Termin buchen – oder schreib mit einer Person aus dem Team.
follow-up-missed = Wir haben dich bei deinem Termin vermisst. Kein Problem – möchtest du einen neuen Termin buchen? Oder schreib mit einer Person aus dem Team.

# A typed question answered by the FAQ of a service not chosen yet: whose answer it is.
faq-from-service = Antwort von { $name }:
