# Uli – English texts. Do not translate placeholders such as { $name }.
# Short, plain sentences: many readers are young or are learning the language.

## Welcome and language
welcome = Hi! 👋 I'm { $persona }, the digital helper of { $organisation }. I answer your questions right away – even at night. I'm a computer program, not a person. If you want to talk to a person, just say so.
privacy-short = 🔒 Privacy in short: you don't have to give your name. We store your messages so the team can help you – not your phone number, not your profile picture. You can ask us to delete everything at any time. More: /privacy
choose-language = Which language should I write in?
language-set = OK, from now on I'll write to you in English.
language-kept = I'll write to you in English. You can change the language at any time with /language.
choose-service = Which service are you interested in? Tap on it:
service-intro = You are at: { $name }. { $summary }
    What would you like to know?
menu-prompt = What would you like to know? Tap a button.

## Buttons
button-hours = 🕒 Opening hours
button-where = 📍 Where?
button-who = 👥 Who is it for?
button-languages = 🗣 Languages
button-faq = ❓ Common questions
button-person = 🙋 Talk to a person
button-change-language = 🌐 Language
button-change-service = 🔄 Other service
button-menu = ⬅️ Menu

## Commands (Telegram menu)
command-start = Start again
command-help = What can Uli do?
command-hours = Opening hours
command-language = Change language
command-menu = Show the menu
command-privacy = Privacy

## Opening hours
hours-title = 🕒 Opening hours: { $name }
hours-window = { $start }–{ $end } · { $place } ({ $kind ->
        [appointment] by appointment only
       *[drop_in] drop-in, no appointment needed
    })
hours-open-now = ✅ Open now: { $line }
hours-next = ⏳ Closed right now. Next time: { $day }, { $line }
hours-none-known = No times are listed right now. Please get in touch by phone or mail.
hours-closed-today = Closed today: { $reason }
day-today = today, { $day }
day-tomorrow = tomorrow, { $day }
hours-week-title = The next 7 days:
hours-appointment-hint = You can get an appointment by phone or mail – tap “🙋 Talk to a person”.
hours-closed = closed
hours-holiday = public holiday ({ $name })
hours-closed-because = closed ({ $reason })
programme-ended = ⚠️ The service { $name } ended on { $since }. It no longer exists.
programme-not-started = The service { $name } starts on { $starts }.
programme-alternatives = These services run now – maybe one fits you:
programme-no-alternatives = Sorry, I don't know another service that fits right now. In an emergency: 112. Nummer gegen Kummer: 116 111 (free).

## Place
where-title = 📍 This is where you find { $name }:

## Who it is for
who-title = 👥 Who is { $name } for?
who-age = Age: { $min } to { $max } years
who-residence = Residence status: { $list }
who-areas = Where you live: { $list }
who-offers = What they offer: { $list }
residence-any = any
residence-duldung = Duldung (tolerated stay)
residence-gestattung = Gestattung (permission to stay during the asylum procedure)
residence-residence_permit = residence permit
residence-eu_citizen = EU citizens
offer-clearing = short counselling (clearing)
offer-case_management = support over a longer time (case management)
offer-street_work = street work
offer-open_consultation = drop-in hours
offer-appointments = counselling by appointment
offer-coaching = coaching
offer-interpreters = interpreters
promise-free = free of charge
promise-voluntary = voluntary
promise-anonymous = possible without giving your name

## Languages
languages-counselling = 🗣 Counselling at { $name } in: { $list }.
languages-interpreters = For other languages there are interpreters.
languages-bring-someone = You may bring someone to translate for you.
languages-uli = Here in the chat I write German, English, Russian, Arabic, Turkish, Ukrainian and Persian.

## Reach a person
person-title = 🙋 How to reach the team of { $name }:
person-phone = 📞 Phone: { $phone }
person-sms = 💬 Text message/messenger: { $number }
person-email = ✉️ Mail: { $email }
person-drop-in-now = 🚪 Drop in now, no appointment needed: { $line }
person-drop-in-next = 🚪 Drop in without an appointment: { $day }, { $line }
person-appointment-only = 📅 Counselling by appointment only – call or send a mail.
crisis-short = 🆘 In an emergency: 112. Talking helps: Nummer gegen Kummer 116 111, TelefonSeelsorge 0800 111 0 111 – free and anonymous.

## Common questions
faq-title = ❓ Common questions – tap a question:

## Help and privacy
help = I'm { $persona }. I tell you when and where the service is open, who it is for and in which languages they counsel. Just tap the buttons.
    Commands: /hours opening hours · /language language · /menu menu · /privacy privacy
privacy-full = 🔒 Privacy
    Responsible: { $organisation }.
    We store: your messages in this chat, your language and the service you chose. Your name, username, profile picture and phone number are not stored. The team only sees a nickname.
    Why: so that we can answer your questions and help you. Without your consent we pass nothing on – not to authorities and not to parents. Only if someone’s life or safety is in serious danger does the team have to act.
    You can ask at any time what is stored and have everything deleted. Contact: { $contact }

## What I don't understand
unknown-command = I don't know this command. Try /help or tap a button.
stale-button = This button is no longer valid. Here is the current menu:
media-sticker = 😊 Thanks! I can only read text and buttons.
media-file = 📎 I can't open pictures, videos or files here. Please don't send documents with personal data here – bring them to your appointment instead.
media-voice = 🎤 Sorry, I can't listen to voice messages. Write me a few words or tap a button.
media-location = 📍 Thanks, I don't need your location. Under “📍 Where?” you can see where we are.
media-contact-card = Thanks! I don't store contacts.
media-edited = ✏️ You changed a message. I only read new messages – please send it to me again.
media-other = Sorry, I can't read that. Write to me or tap a button.
not-understood = Sorry, I can't understand that yet. 🙈 Tap a button – or “🙋 Talk to a person”, and I'll show you how to reach the team.
error-sorry = Sorry, something went wrong on my side. Please try again in a moment. In an emergency: 112 · Nummer gegen Kummer 116 111.
